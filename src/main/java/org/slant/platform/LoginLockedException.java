package org.slant.platform;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A log-in refused, whatever the password, because there were too many failed attempts for the user name lately.
 * The log-in page shows the message; the REST API answers 429 with {@code Retry-After}.
 */
public class LoginLockedException extends LockedException {

    private final Duration retryAfter;

    public LoginLockedException(Duration retryAfter) {
        super("Too many failed attempts; try again in " + minutes(retryAfter));
        this.retryAfter = retryAfter;
    }

    /** How long until the user name may try again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as {@code Retry-After} gives them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
