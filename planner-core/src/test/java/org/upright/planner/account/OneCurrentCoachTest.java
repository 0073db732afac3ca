package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;

/**
 * A lifter has one current coach at most, even when two invitations are accepted at the same
 * moment (issue 11, point 2): the database decides, the second accept is told why, and the
 * lifter's own pages keep working.
 */
@DatabaseTest
class OneCurrentCoachTest {

    private static final int ROUNDS = 5;

    @Autowired
    CoachingService coaching;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoInvitationsAcceptedAtTheSameMomentMakeOneCoachAndTellTheOtherWhy() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                AccountSummary first = people.coach("First Coach");
                AccountSummary second = people.coach("Second Coach");
                AccountSummary lifter = people.lifter("Torn Lifter");
                String fromFirst =
                        people.as(first, () -> coaching.invite(lifter.email()).code());
                String fromSecond =
                        people.as(second, () -> coaching.invite(lifter.email()).code());
                CyclicBarrier together = new CyclicBarrier(2);

                List<Future<String>> answers = new ArrayList<>();
                for (String code : List.of(fromFirst, fromSecond)) {
                    answers.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        try {
                            return "accepted "
                                    + people.as(lifter, () -> coaching.accept(code))
                                            .displayName();
                        } catch (CoachingRejected rejected) {
                            return "rejected: " + rejected.getMessage();
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> answer : answers) {
                    outcomes.add(answer.get(60, TimeUnit.SECONDS));
                }

                assertThat(outcomes)
                        .as("round %d", round)
                        .filteredOn(o -> o.startsWith("accepted"))
                        .hasSize(1);
                assertThat(outcomes)
                        .as("round %d", round)
                        .filteredOn(o -> o.startsWith("rejected"))
                        .singleElement()
                        .asString()
                        .contains("already")
                        .doesNotContainIgnoringCase("exception")
                        .doesNotContain("constraint");
                assertThat(jdbc.queryForObject(
                                "select count(*) from coaching where lifter_id = ? and ended_at is null",
                                Integer.class,
                                lifter.id()))
                        .isEqualTo(1);
                assertThat(people.as(lifter, () -> coaching.myCoach()))
                        .as("the lifter's pages still find their one coach")
                        .isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
