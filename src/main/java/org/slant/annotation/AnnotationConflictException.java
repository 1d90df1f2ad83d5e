package org.slant.annotation;

import java.util.UUID;
import org.slant.platform.Refusal;

/**
 * A change that cannot be made as asked because the stored annotation is not what the caller thinks: it was changed
 * elsewhere (another tab), or an id is already taken by other content. The REST API answers 409.
 */
public class AnnotationConflictException extends RuntimeException implements Refusal {

    private final UUID annotationId;
    private final Long currentVersion;

    AnnotationConflictException(String message, UUID annotationId, Long currentVersion) {
        super(message);
        this.annotationId = annotationId;
        this.currentVersion = currentVersion;
    }

    public UUID annotationId() {
        return annotationId;
    }

    /** The stored version, when there is one, so the caller can reload and decide. */
    public Long currentVersion() {
        return currentVersion;
    }
}
