package org.upright.planner.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.PasswordChange;
import org.upright.planner.account.PasswordChange.PasswordChangeRefused;
import org.upright.planner.account.PasswordReset;
import org.upright.planner.account.PasswordReset.LinkState;
import org.upright.planner.account.PasswordReset.PasswordProblem;
import org.upright.planner.testsupport.FreePorts;

/**
 * Changing one's password on the settings screen (issue 14, docs/adr/0024) against a real SMTP
 * server: the current password is required and counted like a sign-in, the new one follows the
 * sign-up rules, and the change ends other sessions, stops open reset links and is told by mail.
 */
class PasswordChangeMailTest {

    private static final String CURRENT = "my current passphrase";
    private static final String NEW = "my brand new passphrase";
    private static final int PORT = FreePorts.next();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final MailNodes NODES = new MailNodes(PORT);
    private static ConfigurableApplicationContext node;
    private static MailAccounts people;

    @BeforeAll
    static void start() {
        SMTP.start();
        node = NODES.start(true);
        people = new MailAccounts(node);
    }

    @AfterAll
    static void stop() {
        NODES.close();
        SMTP.stop();
    }

    @Test
    void theRightCurrentPasswordChangesItEndsOtherSessionsStopsResetLinksAndTellsByMail() {
        AccountSummary me = people.create("Chris Changer", CURRENT);
        String resetToken = "a-reset-link-" + me.id();
        jdbc().update(
                        "insert into password_reset_token (token_hash, account_id, created_at, expires_at)"
                                + " values (?, ?, current_timestamp, current_timestamp + interval '30' minute)",
                        org.upright.planner.account.internal.ResetTokens.hash(resetToken),
                        me.id());

        Instant changedAt = MailAccounts.as(me, () -> changes().changeMyPassword(CURRENT, NEW, Locale.ENGLISH));

        assertThat(encoder().matches(NEW, passwordHash(me))).isTrue();
        assertThat(jdbc().queryForObject(
                                "select password_changed_at from account where id = ?", OffsetDateTime.class, me.id())
                        .toInstant())
                .as("sessions signed in before this moment end at their next page load")
                .isEqualTo(changedAt);
        assertThat(node.getBean(PasswordReset.class).check(resetToken)).isEqualTo(LinkState.USED);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Arrays.stream(SMTP.getReceivedMessages())
                        .anyMatch(m -> GreenMailUtil.getHeaders(m).contains(me.email())
                                && GreenMailUtil.getHeaders(m).contains("Your Upright password was changed")));
    }

    @Test
    void aWrongCurrentPasswordOrABadNewOneChangesNothingAndIsSaidAtItsField() {
        AccountSummary me = people.create("Wanda Wrong", CURRENT);
        String before = passwordHash(me);

        assertThatThrownBy(() ->
                        MailAccounts.as(me, () -> changes().changeMyPassword("not my password", NEW, Locale.ENGLISH)))
                .isInstanceOfSatisfying(PasswordChangeRefused.class, refused -> {
                    assertThat(refused.current()).contains(PasswordChangeRefused.Current.WRONG);
                    assertThat(refused.newPassword()).isEmpty();
                });
        assertThatThrownBy(() ->
                        MailAccounts.as(me, () -> changes().changeMyPassword(CURRENT, "short", Locale.ENGLISH)))
                .isInstanceOfSatisfying(PasswordChangeRefused.class, refused -> {
                    assertThat(refused.newPassword()).contains(PasswordProblem.TOO_SHORT);
                    assertThat(refused.current()).isEmpty();
                });
        assertThatThrownBy(() ->
                        MailAccounts.as(me, () -> changes().changeMyPassword(CURRENT, "x".repeat(73), Locale.ENGLISH)))
                .isInstanceOfSatisfying(
                        PasswordChangeRefused.class,
                        refused -> assertThat(refused.newPassword()).contains(PasswordProblem.TOO_LONG));

        assertThat(passwordHash(me)).isEqualTo(before);
        assertThat(jdbc().queryForObject(
                                "select password_changed_at from account where id = ?", OffsetDateTime.class, me.id()))
                .isNull();
    }

    @Test
    void wrongCurrentPasswordsLockLikeSignInsAndNobodySignedInMayAsk() {
        AccountSummary me = people.create("Gus Guesser", CURRENT);
        IntStream.range(0, 5)
                .forEach(i -> assertThatThrownBy(() -> MailAccounts.as(
                                me, () -> changes().changeMyPassword("guess number " + i, NEW, Locale.ENGLISH)))
                        .isInstanceOf(PasswordChangeRefused.class));

        assertThatThrownBy(() -> MailAccounts.as(me, () -> changes().changeMyPassword(CURRENT, NEW, Locale.ENGLISH)))
                .as("locked: even the right password is not checked")
                .isInstanceOfSatisfying(
                        PasswordChangeRefused.class,
                        refused -> assertThat(refused.current()).contains(PasswordChangeRefused.Current.LOCKED));
        assertThat(encoder().matches(CURRENT, passwordHash(me))).isTrue();
        assertThatThrownBy(() -> changes().changeMyPassword(CURRENT, NEW, Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static PasswordChange changes() {
        return node.getBean(PasswordChange.class);
    }

    private static JdbcTemplate jdbc() {
        return node.getBean(JdbcTemplate.class);
    }

    private static PasswordEncoder encoder() {
        return node.getBean(PasswordEncoder.class);
    }

    private static String passwordHash(AccountSummary who) {
        return jdbc().queryForObject("select password_hash from account where id = ?", String.class, who.id());
    }
}
