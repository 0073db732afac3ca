package org.upright.planner.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;

/** The lock-out's counting on PostgreSQL, with a clock the test moves (docs/adr/0002). */
@DatabaseTest
class SignInGuardTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    private final MovableClock clock = new MovableClock(START);

    private SignInGuard guard() {
        return new SignInGuard(jdbc, clock);
    }

    private static String address() {
        return "guard-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void theLockStartedByTheFifthAttemptHoldsFifteenMinutesThenCountingStartsAgain() {
        SignInGuard guard = guard();
        String email = address();
        for (int i = 1; i <= 5; i++) {
            assertThat(guard.count(email).mayCheckPassword())
                    .as("attempt %d", i)
                    .isTrue();
        }

        assertThat(guard.count(email).mayCheckPassword()).isFalse();
        clock.now = START.plus(Duration.ofMinutes(15)).minusSeconds(1);
        assertThat(guard.count(email).mayCheckPassword())
                .as("a second before the end")
                .isFalse();

        clock.now = START.plus(Duration.ofMinutes(15));
        SignInGuard.Attempt afterTheLock = guard.count(email);
        assertThat(afterTheLock.mayCheckPassword()).isTrue();
        assertThat(afterTheLock.number()).isEqualTo(1);
    }

    @Test
    void aSuccessStartsTheCountAgainWhenNothingWasCountedSinceIt() {
        SignInGuard guard = guard();
        String email = address();
        guard.count(email);
        guard.count(email);
        guard.count(email);
        guard.signedIn(guard.count(email));

        assertThat(guard.count(email).number()).isEqualTo(1);
    }

    @Test
    void aSuccessStillInFlightWhenTheLockSetInDoesNotLiftIt() {
        SignInGuard guard = guard();
        String email = address();
        guard.count(email);
        SignInGuard.Attempt rightPasswordBeingChecked = guard.count(email);
        guard.count(email);
        guard.count(email);
        guard.count(email); // the fifth: the lock starts
        assertThat(guard.count(email).mayCheckPassword()).isFalse();

        guard.signedIn(rightPasswordBeingChecked);

        assertThat(guard.count(email).mayCheckPassword()).as("still locked").isFalse();
    }

    @Test
    void addressesAreCountedWhateverTheirCaseOrSpaces() {
        SignInGuard guard = guard();
        String email = address();
        guard.count(email);
        guard.count(" " + email.toUpperCase() + " ");

        assertThat(guard.count(email).number()).isEqualTo(3);
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
