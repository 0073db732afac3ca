package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;

/**
 * Sign-up from the page is rate-limited per client (issue 11, point 6; docs/adr/0012): once a client
 * has used its attempts, the answer is the same whether the address has an account or not, and
 * nothing is stored.
 */
@DatabaseTest
class SignUpRateLimitTest {

    private static final String PASSWORD = "a perfectly fine password";
    private static final Locale EN = Locale.ENGLISH;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClientThatUsedItsAttemptsLearnsNothingAboutAnyAddress() {
        String taken = "taken-" + UUID.randomUUID() + "@example.com";
        accounts.createConfirmed(new SignUpCommand(taken, PASSWORD, "Already Here", Role.LIFTER));
        String prober = "192.0.2." + UUID.randomUUID();
        usedUp("client:" + prober);
        String fresh = "fresh-" + UUID.randomUUID() + "@example.com";

        assertThatThrownBy(() ->
                        accounts.signUp(new SignUpCommand(taken, PASSWORD, "Probe", Role.LIFTER), null, prober, EN))
                .isInstanceOfSatisfying(
                        SignUpRejected.class,
                        rejected -> assertThat(rejected.reasons())
                                .containsOnlyKeys(SignUpRejected.FORM)
                                .containsEntry(SignUpRejected.FORM, AccountService.TOO_MANY_ATTEMPTS));
        assertThatThrownBy(() ->
                        accounts.signUp(new SignUpCommand(fresh, PASSWORD, "Probe", Role.LIFTER), null, prober, EN))
                .isInstanceOfSatisfying(
                        SignUpRejected.class,
                        rejected -> assertThat(rejected.reasons())
                                .containsOnlyKeys(SignUpRejected.FORM)
                                .containsEntry(SignUpRejected.FORM, AccountService.TOO_MANY_ATTEMPTS));
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, fresh))
                .isZero();
    }

    @Test
    void anyOtherClientSignsUpAsUsualAndRefusedAttemptsCount() {
        String client = "198.51.100." + UUID.randomUUID();
        String email = "new-" + UUID.randomUUID() + "@example.com";

        assertThatThrownBy(
                        () -> accounts.signUp(new SignUpCommand(email, "short", "New", Role.LIFTER), null, client, EN))
                .isInstanceOf(SignUpRejected.class);
        accounts.signUp(new SignUpCommand(email, PASSWORD, "New", Role.LIFTER), null, client, EN);

        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select sum(attempts) from sign_up_attempt where subject = ?",
                        Integer.class,
                        "client:" + client))
                .as("the refused attempt counted too")
                .isEqualTo(2);
    }

    /** This hour and the next are used up, so the test holds across an hour's turn. */
    private void usedUp(String subject) {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (Instant window : new Instant[] {hour, hour.plus(1, ChronoUnit.HOURS)}) {
            jdbc.update(
                    "insert into sign_up_attempt (subject, window_start, attempts) values (?, ?, 1000)",
                    subject,
                    window.atOffset(ZoneOffset.UTC));
        }
    }
}
