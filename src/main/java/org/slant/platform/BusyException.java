package org.slant.platform;

import java.time.Duration;
import java.util.Locale;

/**
 * The server is doing as much of this kind of work as it takes at once (exports being prepared, long reports); the
 * caller should try again shortly. The REST API answers 503 with {@code Retry-After}.
 */
public class BusyException extends RuntimeException implements Refusal {

    private final Duration retryAfter;
    private final Message said;

    public BusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
        this.said = null;
    }

    public BusyException(Message said, Duration retryAfter) {
        super(said.english());
        this.retryAfter = retryAfter;
        this.said = said;
    }

    @Override
    public String in(Locale reader) {
        return said == null ? getMessage() : said.in(reader);
    }

    /** Whole seconds, at least one, as {@code Retry-After} gives them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
