package org.slant.platform;

import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.LockedException;

/**
 * A log-in refused, whatever the password, because there were too many failed attempts for the user name lately.
 * The log-in page shows the message; the REST API answers 429 with {@code Retry-After}.
 */
public class LoginLockedException extends LockedException {

    private final Duration retryAfter;

    public LoginLockedException(Duration retryAfter) {
        super(said(retryAfter).english());
        this.retryAfter = retryAfter;
    }

    /** The refusal in the reader's language, for the log-in page. */
    public String in(Locale reader) {
        return said(retryAfter).in(reader);
    }

    /** How long until the user name may try again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as {@code Retry-After} gives them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }

    private static Message said(Duration wait) {
        return Message.of("platform.refusal.login-locked", Math.max(1, (wait.toSeconds() + 59) / 60));
    }
}
