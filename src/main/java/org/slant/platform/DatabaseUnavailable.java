package org.slant.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because PostgreSQL cannot be reached (stopped, restarting, killed, the network gone, the pool
 * waiting in vain for a connection) from every other failure, however deeply Spring, Hibernate and the pool wrapped
 * it. Such a failure is not Slant's fault nor the caller's, and passes by itself: the REST API answers it with 503
 * and {@code Retry-After}, the annotate view keeps the change and says it is offline (docs/reliability.md).
 */
public final class DatabaseUnavailable {

    /** How long a caller is asked to wait before trying again: about what a PostgreSQL restart takes. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public static final String MESSAGE = "Slant cannot reach its database at the moment; nothing was changed. "
            + "Try again in a few seconds.";

    /** PostgreSQL shutting down (admin, crash) or not yet accepting connections; the class 08 is the connection's. */
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private DatabaseUnavailable() {
    }

    /** Whether the database being out of reach is what made {@code failure} happen. */
    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (outage(sql.getSQLState()) || closedByThePool(sql))) {
                return true;
            }
            // a rollback on the lost connection failed too: the first failure is the one that tells
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && caused(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** {@code Retry-After} in whole seconds. */
    public static long retryAfterSeconds() {
        return RETRY_AFTER.toSeconds();
    }

    /**
     * Hikari's answer for a connection it already took out as broken, without a SQLState: what a rollback meets after
     * the statement before it lost the connection (and Spring then reports the rollback's failure, not the first).
     */
    private static boolean closedByThePool(SQLException failure) {
        return failure.getSQLState() == null && CLOSED_BY_THE_POOL.equals(failure.getMessage());
    }

    private static boolean outage(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SHUTTING_DOWN.contains(sqlState));
    }
}
