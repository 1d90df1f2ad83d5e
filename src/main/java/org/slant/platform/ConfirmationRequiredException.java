package org.slant.platform;

import java.util.Locale;

/**
 * A schema change would delete or change annotations: it is done only when the caller confirms, having been told
 * how many. The REST API answers 409 with the count; repeating the call with {@code confirm=true} goes ahead.
 */
public class ConfirmationRequiredException extends RuntimeException implements Refusal {

    private final long affectedAnnotations;
    private final Message said;

    public ConfirmationRequiredException(String message, long affectedAnnotations) {
        super(message);
        this.affectedAnnotations = affectedAnnotations;
        this.said = null;
    }

    public ConfirmationRequiredException(Message said, long affectedAnnotations) {
        super(said.english());
        this.affectedAnnotations = affectedAnnotations;
        this.said = said;
    }

    @Override
    public String in(Locale reader) {
        return said == null ? getMessage() : said.in(reader);
    }

    public long affectedAnnotations() {
        return affectedAnnotations;
    }
}
