package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;

/**
 * A coach's invitations (issue 11, point 6): what the coach is told never depends on whether the
 * address has an account, and a coach can make at most 50 invitations a day, however fast.
 */
@DatabaseTest
class InvitationLimitsTest {

    private static final int ATTEMPTS = 60;

    @Autowired
    CoachingService coaching;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void invitingACoachsAddressReadsLikeInvitingAnyOtherAddress() {
        AccountSummary coach = people.coach("Curious Coach");
        AccountSummary otherCoach = people.coach("Other Coach");
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";

        Invitation toUnknown = people.as(coach, () -> coaching.invite(nobody));
        Invitation toCoach = people.as(coach, () -> coaching.invite(otherCoach.email()));

        assertThat(toCoach.isOpen()).isEqualTo(toUnknown.isOpen()).isTrue();
        assertThat(toCoach.status()).isEqualTo(toUnknown.status());
        assertThatThrownBy(() -> people.as(otherCoach, () -> coaching.accept(toCoach.code())))
                .as("a coach account still cannot become anyone's client")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sixtyInvitationsAtTheSameMomentMakeFiftyAndTheRestAreToldWhy() throws Exception {
        AccountSummary coach = people.coach("Busy Coach");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                String address = "invitee-" + i + "-" + UUID.randomUUID() + "@example.com";
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        people.as(coach, () -> coaching.invite(address));
                        return "created";
                    } catch (CoachingRejected rejected) {
                        return rejected.getMessage();
                    }
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn("created"::equals).hasSize(CoachingService.INVITATIONS_PER_DAY);
        assertThat(outcomes)
                .filteredOn(o -> !o.equals("created"))
                .hasSize(ATTEMPTS - CoachingService.INVITATIONS_PER_DAY)
                .allSatisfy(message -> assertThat(message).contains("50 invitations"));
        assertThat(jdbc.queryForObject("select count(*) from invitation where coach_id = ?", Integer.class, coach.id()))
                .isEqualTo(CoachingService.INVITATIONS_PER_DAY);
        String again =
                people.as(coach, () -> coaching.pendingInvitations().getFirst().email());
        assertThat(people.as(coach, () -> coaching.invite(again).email()))
                .as("an open invitation can still be looked up again")
                .isEqualTo(again);
    }
}
