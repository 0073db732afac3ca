package org.upright.planner.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.PasswordReset;
import org.upright.planner.account.PasswordReset.Asked;
import org.upright.planner.account.PasswordReset.LinkState;
import org.upright.planner.account.PasswordReset.ResetRefused;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.testsupport.FreePorts;

/** "Forgot password" end to end through a real SMTP server (GreenMail): the link in the mail is the way in. */
class PasswordResetMailTest {

    private static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");
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
    void theLinkFromTheMailSetsANewPasswordOnceAndClearsTheLockOut() {
        String email = signUp();
        jdbc().update(
                        "insert into sign_in_throttle (email, failed_attempts, locked_until, last_failure_at)"
                                + " values (?, 5, ?, ?)",
                        email,
                        OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(15),
                        OffsetDateTime.now(ZoneOffset.UTC));

        assertThat(resets().request(email, "10.0.0.1", Locale.GERMAN)).isEqualTo(Asked.SENT_IF_KNOWN);
        MimeMessage mail = receivedBy(email);
        String token = tokenIn(GreenMailUtil.getBody(mail));
        assertThat(subject(mail)).isEqualTo("Dein Upright-Passwort zurücksetzen");
        assertThat(jdbc().queryForObject(
                                "select count(*) from password_reset_token where token_hash = ?", Integer.class, token))
                .as("only the hash is stored")
                .isZero();
        assertThat(resets().check(token)).isEqualTo(LinkState.USABLE);
        assertThat(jdbc().queryForObject("select count(*) from sign_in_throttle where email = ?", Integer.class, email))
                .as("asking alone does not unlock")
                .isEqualTo(1);

        resets().reset(token, "a brand new long password");

        assertThat(encoder().matches("a brand new long password", passwordHash(email)))
                .isTrue();
        assertThat(jdbc().queryForObject("select count(*) from sign_in_throttle where email = ?", Integer.class, email))
                .as("the lock-out ends with the reset")
                .isZero();
        assertThat(resets().check(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> resets().reset(token, "yet another long password"))
                .isInstanceOfSatisfying(
                        ResetRefused.class, r -> assertThat(r.link()).isEqualTo(LinkState.USED));
        assertThat(encoder().matches("a brand new long password", passwordHash(email)))
                .isTrue();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String stranger = "nobody-" + UUID.randomUUID() + "@example.com";

        assertThat(resets().request(stranger, "10.0.0.2", Locale.ENGLISH)).isEqualTo(Asked.SENT_IF_KNOWN);

        assertThat(node.getBean(Outbox.class).toAddress(stranger)).isEmpty();
    }

    @Test
    void expiredAndForgedLinksChangeNothing() {
        String email = signUp();
        long id = jdbc().queryForObject("select id from account where email = ?", Long.class, email);
        jdbc().update(
                        "insert into password_reset_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)",
                        hashOf("old-token"),
                        id,
                        OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30));
        String before = passwordHash(email);

        assertThat(resets().check("old-token")).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> resets().reset("old-token", "a brand new long password"))
                .isInstanceOfSatisfying(
                        ResetRefused.class, r -> assertThat(r.link()).isEqualTo(LinkState.EXPIRED));
        assertThat(resets().check("made-up")).isEqualTo(LinkState.UNKNOWN);
        assertThatThrownBy(() -> resets().reset("made-up", "a brand new long password"))
                .isInstanceOfSatisfying(
                        ResetRefused.class, r -> assertThat(r.link()).isEqualTo(LinkState.UNKNOWN));
        assertThat(passwordHash(email)).isEqualTo(before);
    }

    @Test
    void askingIsRateLimitedPerAddress() {
        String email = signUp();
        List<Asked> answers = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> resets().request(email, "10.0.1." + i, Locale.ENGLISH))
                .toList();

        assertThat(answers)
                .containsExactly(
                        Asked.SENT_IF_KNOWN, Asked.SENT_IF_KNOWN, Asked.SENT_IF_KNOWN, Asked.TOO_MANY, Asked.TOO_MANY);
        assertThat(node.getBean(Outbox.class).toAddress(email)).hasSize(3);
    }

    private static String signUp() {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        node.getBean(AccountService.class)
                .createConfirmed(new SignUpCommand(email, "the original password", "Robin", Role.LIFTER));
        return email;
    }

    private static PasswordReset resets() {
        return node.getBean(PasswordReset.class);
    }

    private static JdbcTemplate jdbc() {
        return node.getBean(JdbcTemplate.class);
    }

    private static PasswordEncoder encoder() {
        return node.getBean(PasswordEncoder.class);
    }

    private static String passwordHash(String email) {
        return jdbc().queryForObject("select password_hash from account where email = ?", String.class, email);
    }

    private static String hashOf(String token) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage receivedBy(String to) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !messagesTo(to).isEmpty());
        return messagesTo(to).getFirst();
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
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
