package org.upright.planner.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.upright.planner.DatabaseTest;

/** Sign-up attempts per client and per address and hour, on PostgreSQL, with a fixed clock. */
@DatabaseTest
class SignUpLimitsTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:10:00Z");

    @Autowired
    JdbcTemplate jdbc;

    private SignUpLimits at(Instant now) {
        return new SignUpLimits(jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void fortyAttemptsFromOneClientAtTheSameMomentAdmitExactlyTwenty() throws Exception {
        SignUpLimits limits = at(NOON);
        String client = "10.0." + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Boolean> admitted = new ArrayList<>();
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String address = "probe-" + i + "-" + UUID.randomUUID() + "@example.com";
                answers.add(pool.submit(() -> {
                    start.await();
                    return limits.admit(client, address);
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                admitted.add(answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(admitted).filteredOn(Boolean::booleanValue).hasSize(SignUpLimits.PER_CLIENT);
    }

    @Test
    void oneAddressGetsFiveAttemptsAnHourFromAnyClientsThenAgainTheNextHour() {
        String address = "wanted-" + UUID.randomUUID() + "@example.com";
        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            admitted.add(at(NOON).admit("client-" + i + "-" + UUID.randomUUID(), address));
        }

        assertThat(admitted).containsExactly(true, true, true, true, true, false);
        assertThat(at(NOON.plusSeconds(49 * 60)).admit("another-" + UUID.randomUUID(), address))
                .as("still 12:59")
                .isFalse();
        assertThat(at(NOON.plusSeconds(50 * 60)).admit("another-" + UUID.randomUUID(), address))
                .as("13:00, a new hour")
                .isTrue();
    }
}
