package org.upright.planner.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.EmailChange;
import org.upright.planner.account.EmailChange.Asked;
import org.upright.planner.account.EmailChange.Outcome;
import org.upright.planner.account.PasswordChange;
import org.upright.planner.account.internal.ResetTokens;
import org.upright.planner.testsupport.FreePorts;
import org.upright.planner.testsupport.TestAddresses;

/**
 * Changing one's e-mail address (issue 14, docs/adr/0024) against a real SMTP server: the link goes
 * to the new address and only it makes the change, the old address gets a notice, and an address
 * that is taken gets the same answer and changes nothing.
 */
class EmailChangeMailTest {

    private static final Pattern LINK = Pattern.compile("/confirm-new-email\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "my steady passphrase";
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
    void theLinkAtTheNewAddressChangesItOnceAndTheOldAddressIsTold() {
        AccountSummary me = people.create("Mo Mover", PASSWORD);
        String newAddress = TestAddresses.unique("Mo New");

        assertThat(MailAccounts.as(me, () -> changes().askForMyNewAddress(newAddress, Locale.GERMAN)))
                .isEqualTo(Asked.SENT);

        String token = tokenIn(GreenMailUtil.getBody(receivedBy(newAddress).getFirst()));
        MimeMessage notice = receivedBy(me.email()).getFirst();
        assertThat(subject(notice)).isEqualTo("Für dein Upright-Konto wurde eine neue E-Mail-Adresse angegeben");
        assertThat(GreenMailUtil.getBody(notice).replace("=\r\n", "")).contains("/forgot-password");
        assertThat(emailOf(me))
                .as("nothing changes before the link is followed")
                .isEqualTo(me.email());

        assertThat(changes().confirm(token)).isEqualTo(Outcome.CHANGED);

        assertThat(emailOf(me)).isEqualTo(newAddress);
        assertThat(signIn(newAddress).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(me.email())).isInstanceOf(BadCredentialsException.class);
        assertThat(changes().confirm(token)).isEqualTo(Outcome.USED);
    }

    @Test
    void aTakenAddressGetsTheSameAnswerNoLinkAndNothingChanges() {
        AccountSummary me = people.create("Tia Taker", PASSWORD);
        AccountSummary other = people.create("Otto Other", PASSWORD);

        assertThat(MailAccounts.as(me, () -> changes().askForMyNewAddress(other.email(), Locale.ENGLISH)))
                .isEqualTo(Asked.SENT);

        receivedBy(me.email());
        assertThat(node.getBean(Outbox.class).toAddress(other.email())).isEmpty();
        assertThat(jdbc().queryForObject(
                                "select count(*) from password_reset_token where account_id = ? and purpose = 'NEW_ADDRESS'",
                                Integer.class,
                                me.id()))
                .isZero();
        assertThat(emailOf(me)).isEqualTo(me.email());
    }

    @Test
    void badAddressesAreSaidAtTheFieldAndNobodySignedInMayAsk() {
        AccountSummary me = people.create("Bea Bad", PASSWORD);

        assertThat(MailAccounts.as(me, () -> changes().askForMyNewAddress("jürgen@example.com", Locale.ENGLISH)))
                .isEqualTo(Asked.NOT_ASCII);
        assertThat(MailAccounts.as(me, () -> changes().askForMyNewAddress("not-an-address", Locale.ENGLISH)))
                .isEqualTo(Asked.NOT_AN_ADDRESS);
        assertThat(MailAccounts.as(
                        me, () -> changes().askForMyNewAddress(" " + me.email().toUpperCase(), null)))
                .isEqualTo(Asked.SAME);
        assertThatThrownBy(() -> changes().askForMyNewAddress(TestAddresses.unique("Nobody"), Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(node.getBean(Outbox.class).toAddress(me.email())).isEmpty();
    }

    @Test
    void expiredForgedAndCancelledLinksChangeNothing() {
        AccountSummary me = people.create("Exa Expired", PASSWORD);
        jdbc().update(
                        "insert into password_reset_token (token_hash, account_id, purpose, email, created_at, expires_at)"
                                + " values (?, ?, 'NEW_ADDRESS', ?, ?, ?)",
                        ResetTokens.hash("old-link-" + me.id()),
                        me.id(),
                        TestAddresses.unique("Too Late"),
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(2),
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        String pending = TestAddresses.unique("Exa Pending");
        MailAccounts.as(me, () -> changes().askForMyNewAddress(pending, Locale.ENGLISH));
        String token = tokenIn(GreenMailUtil.getBody(receivedBy(pending).getFirst()));

        assertThat(changes().confirm("old-link-" + me.id())).isEqualTo(Outcome.EXPIRED);
        assertThat(changes().confirm("forged")).isEqualTo(Outcome.UNKNOWN);
        // A password change cancels a pending new address: it may be how the owner locks someone out.
        MailAccounts.as(
                me,
                () -> node.getBean(PasswordChange.class)
                        .changeMyPassword(PASSWORD, "another steady passphrase", Locale.ENGLISH));
        assertThat(changes().confirm(token)).isEqualTo(Outcome.USED);
        assertThat(emailOf(me)).isEqualTo(me.email());
    }

    private static EmailChange changes() {
        return node.getBean(EmailChange.class);
    }

    private static JdbcTemplate jdbc() {
        return node.getBean(JdbcTemplate.class);
    }

    private static String emailOf(AccountSummary who) {
        return jdbc().queryForObject("select email from account where id = ?", String.class, who.id());
    }

    private static org.springframework.security.core.Authentication signIn(String email) {
        return node.getBean(AuthenticationManager.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD));
    }

    private static List<MimeMessage> receivedBy(String to) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !messagesTo(to).isEmpty());
        return messagesTo(to);
    }

    private static List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> GreenMailUtil.getHeaders(m).contains(to))
                .toList();
    }

    private static String tokenIn(String body) {
        Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("the mail carries the link").isTrue();
        return m.group(1);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
