package org.upright.planner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures count as "the database is away" (try again) and which are real errors. */
class DatabaseTroubleTest {

    @Test
    void aPoolThatGaveUpWaitingForAConnectionIsAnOutage() {
        var poolTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 3001ms");
        assertThat(DatabaseTrouble.isUnreachable(
                        new CannotCreateTransactionException("Could not open JPA EntityManager", poolTimeout)))
                .isTrue();
    }

    @Test
    void refusedConnectionsAndAServerShuttingDownAreOutages() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException());
        var shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseTrouble.isUnreachable(new RuntimeException("wrapped", refused)))
                .isTrue();
        assertThat(DatabaseTrouble.isUnreachable(new RuntimeException("wrapped", shutdown)))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedWhenTheServerWentDownIsAnOutage() {
        // What is left when PostgreSQL stops in the middle of a transaction: the rollback's failure.
        var rollback = new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseTrouble.isUnreachable(rollback)).isTrue();
    }

    @Test
    void brokenRulesAndOtherFailuresAreNot() {
        var outOfRange = new SQLException("ERROR: date out of range: \"+999999999-12-20\"", "22008");
        assertThat(DatabaseTrouble.isUnreachable(new DataIntegrityViolationException("check", outOfRange)))
                .isFalse();
        assertThat(DatabaseTrouble.isUnreachable(new ObjectOptimisticLockingFailureException("WeekPlan", 1L)))
                .isFalse();
        assertThat(DatabaseTrouble.isUnreachable(new IllegalStateException("bug")))
                .isFalse();
    }
}
