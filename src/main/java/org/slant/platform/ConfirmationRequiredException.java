package org.slant.platform;

/**
 * A schema change would delete or change annotations: it is done only when the caller confirms, having been told
 * how many. The REST API answers 409 with the count; repeating the call with {@code confirm=true} goes ahead.
 */
public class ConfirmationRequiredException extends KeyedRefusal {

    private final long affectedAnnotations;

    public ConfirmationRequiredException(String message, long affectedAnnotations) {
        super(message);
        this.affectedAnnotations = affectedAnnotations;
    }

    public ConfirmationRequiredException(Message said, long affectedAnnotations) {
        super(said);
        this.affectedAnnotations = affectedAnnotations;
    }

    public long affectedAnnotations() {
        return affectedAnnotations;
    }
}
