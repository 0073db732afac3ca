package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;

/**
 * Accept and revoke of one invitation at the same moment, truly in parallel: a third connection
 * holds the invitation's row until both have reached the database and wait on it, then lets go.
 * The database decides (an UPDATE … where status = 'PENDING'): exactly one wins, the other is
 * told so, and what is stored agrees with the winner.
 */
@DatabaseTest
class InvitationRaceTest {

    private static final int ROUNDS = 3;

    @Autowired
    CoachingService coaching;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void acceptAndRevokeAtTheSameMomentHaveExactlyOneWinner() throws Exception {
        AccountSummary coach = people.coach("Racing Coach");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                AccountSummary lifter = people.lifter("Racing Lifter " + round);
                String code =
                        people.as(coach, () -> coaching.invite(lifter.email())).code();

                Future<String> accept;
                Future<String> revoke;
                try (Connection holder = dataSource.getConnection()) {
                    holder.setAutoCommit(false);
                    try (PreparedStatement lock =
                            holder.prepareStatement("select id from invitation where code = ? for update")) {
                        lock.setString(1, code);
                        lock.executeQuery().close();
                    }
                    int waitingBefore = waitingOnLocks();
                    accept = pool.submit(outcome(() -> people.as(lifter, () -> coaching.accept(code))));
                    revoke = pool.submit(
                            () -> people.as(coach, () -> coaching.revoke(code)).name());
                    await().atMost(Duration.ofSeconds(60)).until(() -> waitingOnLocks() >= waitingBefore + 2);
                    holder.rollback();
                }
                String accepted = accept.get(60, TimeUnit.SECONDS);
                String revoked = revoke.get(60, TimeUnit.SECONDS);

                String status = jdbc.queryForObject("select status from invitation where code = ?", String.class, code);
                int coached = jdbc.queryForObject(
                        "select count(*) from coaching where coach_id = ? and lifter_id = ? and ended_at is null",
                        Integer.class,
                        coach.id(),
                        lifter.id());
                if (status.equals("ACCEPTED")) {
                    assertThat(accepted).as("accept won").isEqualTo("done");
                    assertThat(coached).isEqualTo(1);
                    assertThat(revoked)
                            .as("the revoke changed nothing and says so")
                            .isEqualTo(CoachingService.Withdrawn.ALREADY_ANSWERED.name());
                } else {
                    assertThat(status).isEqualTo("REVOKED");
                    assertThat(accepted)
                            .as("the accept lost and is told why")
                            .isEqualTo(CoachingRejected.class.getSimpleName());
                    assertThat(coached).isZero();
                    assertThat(revoked).isEqualTo(CoachingService.Withdrawn.WITHDRAWN.name());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** "done", or the simple name of what was thrown. */
    private static Callable<String> outcome(Callable<?> call) {
        return () -> {
            try {
                call.call();
                return "done";
            } catch (Exception e) {
                return e.getClass().getSimpleName();
            }
        };
    }

    private int waitingOnLocks() {
        return jdbc.queryForObject(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
                Integer.class);
    }
}
