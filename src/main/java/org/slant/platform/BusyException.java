package org.slant.platform;

import java.time.Duration;

/**
 * The server is doing as much of this kind of work as it takes at once (exports being prepared, long reports); the
 * caller should try again shortly. The REST API answers 503 with {@code Retry-After}.
 */
public class BusyException extends KeyedRefusal {

    private final Duration retryAfter;

    public BusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public BusyException(Message said, Duration retryAfter) {
        super(said);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} gives them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
