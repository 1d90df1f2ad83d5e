package org.slant.annotation;

import java.util.Locale;
import java.util.UUID;
import org.slant.platform.KeyedRefusal;
import org.slant.platform.Message;

/**
 * A change that cannot be made as asked because the stored annotation is not what the caller thinks: it was changed
 * elsewhere (another tab), or an id is already taken by other content. The REST API answers 409, in English; the web
 * UI reads it in the reader's language.
 */
public class AnnotationConflictException extends KeyedRefusal {

    private final UUID annotationId;
    private final Long currentVersion;
    /** The item of a bulk call it happened to ({@code create[3]}), with the conflict it met there; else null. */
    private final String where;
    private final AnnotationConflictException within;

    AnnotationConflictException(Message said, UUID annotationId, Long currentVersion) {
        super(said);
        this.annotationId = annotationId;
        this.currentVersion = currentVersion;
        this.where = null;
        this.within = null;
    }

    /** The conflict one item of a bulk call met, named by its place; the whole call saved nothing. */
    AnnotationConflictException(String where, AnnotationConflictException conflict) {
        super(inBulk(where, conflict.getMessage()).english());
        this.annotationId = conflict.annotationId;
        this.currentVersion = conflict.currentVersion;
        this.where = where;
        this.within = conflict;
    }

    private static Message inBulk(String where, String conflict) {
        return Message.of("annotation.refusal.conflict.in-bulk", where, conflict);
    }

    @Override
    public String in(Locale reader) {
        return within != null ? inBulk(where, within.in(reader)).in(reader) : super.in(reader);
    }

    public UUID annotationId() {
        return annotationId;
    }

    /** The stored version, when there is one, so the caller can reload and decide. */
    public Long currentVersion() {
        return currentVersion;
    }
}
