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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AddressConfirmation;
import org.upright.planner.account.AddressConfirmation.Confirmation;
import org.upright.planner.account.AddressNotConfirmed;
import org.upright.planner.account.PasswordReset.Asked;
import org.upright.planner.account.PasswordReset.LinkState;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.internal.ResetTokens;
import org.upright.planner.testsupport.FreePorts;
import org.upright.planner.testsupport.TestAddresses;

/**
 * Sign-up verification end to end through a real SMTP server (GreenMail, docs/adr/0024): the link in
 * the mail is the only way to an account that signs in; an address with an account gets the same
 * answer and its owner a mail instead.
 */
class AddressConfirmationMailTest {

    private static final Pattern LINK = Pattern.compile("/confirm-email\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "the password I chose";
    private static final int PORT = FreePorts.next();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final MailNodes NODES = new MailNodes(PORT);
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        SMTP.start();
        node = NODES.start(true);
    }

    @AfterAll
    static void stop() {
        NODES.close();
        SMTP.stop();
    }

    @Test
    void theLinkFromTheMailConfirmsOnceAndOnlyThenThePasswordSignsIn() {
        String email = TestAddresses.unique("Cleo Confirm");
        signUp(email, "10.1.0.1", Locale.FRENCH);

        MimeMessage mail = receivedBy(email).getFirst();
        assertThat(subject(mail)).isEqualTo("Confirme ton adresse e-mail pour Upright");
        String token = tokenIn(GreenMailUtil.getBody(mail));
        assertThat(jdbc().queryForObject(
                                "select count(*) from password_reset_token where token_hash = ?", Integer.class, token))
                .as("only the hash is stored")
                .isZero();
        assertThatThrownBy(() -> signIn(email, PASSWORD))
                .as("the right password, but the address is not confirmed")
                .isInstanceOf(AddressNotConfirmed.class);
        assertThatThrownBy(() -> signIn(email, "a wrong password here"))
                .as("a wrong password learns nothing about the confirmation")
                .isExactlyInstanceOf(BadCredentialsException.class);

        assertThat(confirmations().confirm(token)).isEqualTo(new Confirmation(LinkState.USABLE, Role.LIFTER));

        assertThat(signIn(email, PASSWORD).isAuthenticated()).isTrue();
        assertThat(confirmations().confirm(token).state()).isEqualTo(LinkState.USED);
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerItsOwnerAMailAndNothingChanges() {
        String email = TestAddresses.unique("Olga Owner");
        accounts().createConfirmed(new SignUpCommand(email, PASSWORD, "Olga Owner", Role.COACH));
        String hashBefore = passwordHash(email);

        accounts()
                .signUp(
                        new SignUpCommand(email, "a stranger's password", "Mallory", Role.LIFTER),
                        null,
                        "10.1.0.2",
                        Locale.ENGLISH);

        MimeMessage mail = receivedBy(email).getFirst();
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        assertThat(subject(mail)).isEqualTo("Someone tried to sign up with your address");
        assertThat(body).contains("Olga Owner").contains("/forgot-password").doesNotContain("Mallory");
        assertThat(passwordHash(email)).isEqualTo(hashBefore);
        assertThat(signIn(email, PASSWORD).isAuthenticated()).isTrue();
        assertThat(jdbc().queryForObject(
                                "select count(*) from password_reset_token t join account a on a.id = t.account_id"
                                        + " where a.email = ?",
                                Integer.class,
                                email))
                .as("no link was made")
                .isZero();
    }

    @Test
    void expiredForgedAndOtherPurposeLinksConfirmNothing() {
        String email = TestAddresses.unique("Edda Expired");
        signUp(email, "10.1.0.3", Locale.ENGLISH);
        receivedBy(email);
        long id = jdbc().queryForObject("select id from account where email = ?", Long.class, email);
        store(
                "expired-token",
                id,
                "CONFIRM_ADDRESS",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        store("reset-token", id, "RESET", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(30));

        assertThat(confirmations().confirm("expired-token").state()).isEqualTo(LinkState.EXPIRED);
        assertThat(confirmations().confirm("reset-token").state())
                .as("a reset link is no confirmation link")
                .isEqualTo(LinkState.UNKNOWN);
        assertThat(confirmations().confirm("made-up").state()).isEqualTo(LinkState.UNKNOWN);
        assertThat(confirmations().confirm("").state()).isEqualTo(LinkState.UNKNOWN);

        assertThat(jdbc().queryForObject(
                                "select email_confirmed_at from account where id = ?", OffsetDateTime.class, id))
                .isNull();
        assertThatThrownBy(() -> signIn(email, PASSWORD)).isInstanceOf(AddressNotConfirmed.class);
    }

    @Test
    void sendingTheLinkAgainAnswersTheSameForEveryAddressAndIsRateLimited() {
        String unconfirmed = TestAddresses.unique("Una Unconfirmed");
        signUp(unconfirmed, "10.1.0.4", Locale.ENGLISH);
        receivedBy(unconfirmed);
        String confirmed = TestAddresses.unique("Cora Confirmed");
        accounts().createConfirmed(new SignUpCommand(confirmed, PASSWORD, "Cora Confirmed", Role.LIFTER));
        String stranger = TestAddresses.unique("Nobody");

        assertThat(confirmations().sendAgain(stranger, "10.1.1.1", Locale.ENGLISH))
                .isEqualTo(Asked.SENT_IF_KNOWN);
        assertThat(confirmations().sendAgain(confirmed, "10.1.1.1", Locale.ENGLISH))
                .isEqualTo(Asked.SENT_IF_KNOWN);
        List<Asked> answers = IntStream.range(0, 4)
                .mapToObj(i -> confirmations().sendAgain(unconfirmed, "10.1.2." + i, Locale.ENGLISH))
                .toList();
        assertThat(confirmations().sendAgain("not an address", "10.1.1.1", Locale.ENGLISH))
                .isEqualTo(Asked.NOT_AN_ADDRESS);

        assertThat(answers)
                .containsExactly(Asked.SENT_IF_KNOWN, Asked.SENT_IF_KNOWN, Asked.SENT_IF_KNOWN, Asked.TOO_MANY);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> receivedBy(unconfirmed).size() == 4);
        assertThat(node.getBean(Outbox.class).toAddress(stranger)).isEmpty();
        assertThat(node.getBean(Outbox.class).toAddress(confirmed)).isEmpty();
        String newest = tokenIn(GreenMailUtil.getBody(receivedBy(unconfirmed).getLast()));
        assertThat(confirmations().confirm(newest).state()).isEqualTo(LinkState.USABLE);
    }

    private static void signUp(String email, String client, Locale language) {
        accounts().signUp(new SignUpCommand(email, PASSWORD, "Someone New", Role.LIFTER), null, client, language);
    }

    private static Authentication signIn(String email, String password) {
        return node.getBean(AuthenticationManager.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private static void store(String token, long accountId, String purpose, OffsetDateTime expires) {
        jdbc().update(
                        "insert into password_reset_token (token_hash, account_id, purpose, created_at, expires_at)"
                                + " values (?, ?, ?, ?, ?)",
                        ResetTokens.hash(token),
                        accountId,
                        purpose,
                        expires.minusHours(24),
                        expires);
    }

    private static AccountService accounts() {
        return node.getBean(AccountService.class);
    }

    private static AddressConfirmation confirmations() {
        return node.getBean(AddressConfirmation.class);
    }

    private static JdbcTemplate jdbc() {
        return node.getBean(JdbcTemplate.class);
    }

    private static String passwordHash(String email) {
        return jdbc().queryForObject("select password_hash from account where email = ?", String.class, email);
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
