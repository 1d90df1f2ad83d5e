package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The failures that mean "the database is out of reach", as the driver, the pool, Hibernate and Spring report them
 * (each shape seen in DatabaseOutageTest's runs), and failures that do not.
 */
class DatabaseUnavailableTest {

    @Test
    void aPoolTimeOutWrappedByTheTransactionAndTheLoginIsTheDatabaseAway() {
        Exception timeout = new SQLTransientConnectionException("Connection is not available, request timed out",
                "08001", new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
        assertThat(DatabaseUnavailable.caused(new InternalAuthenticationServiceException("login",
                new CannotCreateTransactionException("Could not open JPA EntityManager", timeout)))).isTrue();
    }

    @Test
    void postgresShuttingDownMidRequestIsTheDatabaseAway() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006", "08003"}) {
            assertThat(DatabaseUnavailable.caused(new JpaSystemException(new RuntimeException(
                    new SQLException("terminating connection", state))))).as(state).isTrue();
        }
    }

    @Test
    void aRollbackThatFailedOnTheLostConnectionIsTheDatabaseAway() {
        TransactionSystemException rollback = new TransactionSystemException("Could not roll back");
        rollback.initApplicationException(new JpaSystemException(new RuntimeException(
                new SQLException("terminating connection", "57P01"))));
        assertThat(DatabaseUnavailable.caused(rollback)).isTrue();
        assertThat(DatabaseUnavailable.caused(new JpaSystemException(new RuntimeException("Unable to rollback",
                new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.caused(new DataIntegrityViolationException("duplicate key",
                new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION)))).isFalse();
        assertThat(DatabaseUnavailable.caused(new JpaSystemException(new RuntimeException(
                new PSQLException("canceling statement", PSQLState.QUERY_CANCELED))))).isFalse();
        assertThat(DatabaseUnavailable.caused(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.caused(new SQLException("Connection is closed", "XX000"))).isFalse();
    }
}
