package org.slant.team;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed password log-ins (log-in form and HTTP Basic alike) per user name, from Spring Security's own
 * events, and locks a user name that failed too often lately: {@link ThrottledLoginCheck} then refuses it, even with
 * the right password, until the lock ends. A successful log-in forgets the failures.
 *
 * <p>Kept in the database (tables login_failure and login_lock), so every Slant instance on it counts the same
 * failures and honours the same locks, and a restart forgets nothing (decision 0028). Each password log-in already
 * costs a password hash of tens of milliseconds; the statements here are small beside it. User names that do not
 * exist are counted like those that do, so a lock tells nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    private final LoginLimits limits;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    LoginThrottle(LoginLimits limits, Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.limits = limits;
        this.clock = clock;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // a failure is recorded even when the log-in around it is refused and rolled back
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long the user name stays locked; empty when it may try to log in. */
    public Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        return jdbc.query("select locked_until from login_lock where username = ?",
                (row, number) -> row.getTimestamp(1).toInstant(), key(username)).stream().findFirst()
                .map(until -> Duration.between(now, until)).filter(Duration::isPositive);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            String username = key(attempt.getName());
            if (lockedFor(username).isPresent()) {
                return; // failures while locked do not make the lock longer
            }
            Instant now = clock.instant();
            Timestamp windowStart = Timestamp.from(now.minus(limits.lock()));
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update("delete from login_failure where username = ? and failed_at <= ?", username, windowStart);
                jdbc.update("insert into login_failure (username, failed_at) values (?, ?)", username,
                        Timestamp.from(now));
                Integer recent = jdbc.queryForObject("select count(*) from login_failure where username = ? "
                        + "and failed_at > ?", Integer.class, username, windowStart);
                if (recent != null && recent >= limits.maxFailures()) {
                    jdbc.update("insert into login_lock (username, locked_until) values (?, ?) on conflict (username) "
                            + "do update set locked_until = excluded.locked_until", username,
                            Timestamp.from(now.plus(limits.lock())));
                    jdbc.update("delete from login_failure where username = ?", username);
                }
            });
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "delete from login_failure where username = ?", key(login.getName())));
        }
    }

    /**
     * Forgets old failures and ended locks of every user name, so the tables stay small however many names are tried.
     * Apart from the log-ins, which then never wait for it; each instance does it, which costs nothing.
     */
    @Scheduled(initialDelay = 1, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void tidy() {
        Instant now = clock.instant();
        jdbc.update("delete from login_failure where failed_at <= ?", Timestamp.from(now.minus(limits.lock())));
        jdbc.update("delete from login_lock where locked_until <= ?", Timestamp.from(now));
    }

    /** User names are compared without case, as accounts are. */
    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
