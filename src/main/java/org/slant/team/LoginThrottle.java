package org.slant.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed password log-ins (log-in form and HTTP Basic alike) per user name, from Spring Security's own
 * events, and locks a user name that failed too often lately: {@link ThrottledLoginCheck} then refuses it, even with
 * the right password, until the lock ends. A successful log-in forgets the failures.
 *
 * <p>Kept in memory: each server instance counts on its own, and a restart forgets. User names that do not exist are
 * counted like those that do, so a lock tells nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    /** Past this many user names, those whose failures are all old are forgotten, so memory stays bounded. */
    private static final int TIDY_ABOVE = 10_000;

    private final LoginLimits limits;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the user name stays locked; empty when it may try to log in. */
    public Optional<Duration> lockedFor(String username) {
        Failures recent = failures.get(key(username));
        if (recent == null || recent.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), recent.lockedUntil());
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            Instant now = clock.instant();
            failures.compute(key(attempt.getName()), (name, earlier) -> Failures.after(earlier, now, limits));
            if (failures.size() > TIDY_ABOVE) {
                failures.values().removeIf(recent -> recent.forgotten(now, limits));
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            failures.remove(key(login.getName()));
        }
    }

    /** User names are compared without case, as accounts are. */
    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    /**
     * @param times the failures within the last {@code lockMinutes}, oldest first
     * @param lockedUntil when the lock ends; null when not locked
     */
    private record Failures(List<Instant> times, Instant lockedUntil) {

        static Failures after(Failures earlier, Instant now, LoginLimits limits) {
            if (earlier != null && earlier.lockedUntil() != null && now.isBefore(earlier.lockedUntil())) {
                return earlier;
            }
            Instant windowStart = now.minus(limits.lock());
            List<Instant> times = new ArrayList<>();
            if (earlier != null && earlier.lockedUntil() == null) {
                earlier.times().stream().filter(time -> time.isAfter(windowStart)).forEach(times::add);
            }
            times.add(now);
            return new Failures(List.copyOf(times),
                    times.size() >= limits.maxFailures() ? now.plus(limits.lock()) : null);
        }

        boolean forgotten(Instant now, LoginLimits limits) {
            return lockedUntil == null ? times.getLast().isBefore(now.minus(limits.lock()))
                    : !now.isBefore(lockedUntil);
        }
    }
}
