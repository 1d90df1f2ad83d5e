package org.slant.team;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed log-ins a user name may have before it is refused for a while. Set as
 * {@code slant.login.max-failures} and {@code slant.login.lock-minutes} (or {@code SLANT_LOGIN_MAX_FAILURES},
 * {@code SLANT_LOGIN_LOCK_MINUTES}).
 *
 * @param maxFailures failed attempts within {@code lockMinutes} that lock the user name
 * @param lockMinutes how long the failures are remembered, and how long the lock lasts
 */
@ConfigurationProperties("slant.login")
public record LoginLimits(@DefaultValue("5") int maxFailures, @DefaultValue("15") int lockMinutes) {

    public LoginLimits {
        if (maxFailures < 1 || lockMinutes < 1) {
            throw new IllegalArgumentException("slant.login.max-failures and slant.login.lock-minutes must be 1 or "
                    + "more, not " + maxFailures + " and " + lockMinutes);
        }
    }

    Duration lock() {
        return Duration.ofMinutes(lockMinutes);
    }
}
