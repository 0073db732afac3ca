package org.upright.planner.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.common.Text;
import org.upright.planner.testsupport.FreePorts;

/**
 * The outbox against a real SMTP server (GreenMail in this JVM): what a reader receives, and that
 * a mail survives a mail server that is down, an app that stops right after queueing it, and a
 * second node polling the same database, arriving exactly once each time.
 */
class OutboxDeliveryTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final int port = FreePorts.next();
    private GreenMail smtp = server();
    private final MailNodes nodes = new MailNodes(port);

    @AfterEach
    void stop() {
        nodes.close();
        smtp.stop();
    }

    @Test
    void aMailArrivesWithPlainTextAndHtmlPartsInTheReadersLanguage() throws Exception {
        smtp.start();
        Outbox outbox = nodes.start(true).getBean(Outbox.class);
        String to = unique("anna");

        outbox.queue(new Mail(
                        null,
                        to,
                        Locale.GERMAN,
                        Text.of("testingmail.subject", "Upright"),
                        List.of(Text.of("testingmail.body", "Anna <3")),
                        null,
                        null)
                .withLink(Text.of("testingmail.open"), "http://localhost:8080/week?x=1&y=2"));

        MimeMessage mail = receivedBy(to, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Deine Woche bei Upright");
        Multipart alternative = (Multipart) mail.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        String text = GreenMailUtil.getBody(alternative.getBodyPart(0));
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(0).getContent().toString())
                .contains("Hallo Anna <3, hier ist deine Woche.")
                .contains("http://localhost:8080/week?x=1&y=2");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(alternative.getBodyPart(1).getContent().toString())
                .as("the name is escaped, the link is a button")
                .contains("Hallo Anna &lt;3, hier ist deine Woche.")
                .contains("href=\"http://localhost:8080/week?x=1&amp;y=2\"")
                .contains(">Upright öffnen</a>");
        assertThat(text).isNotBlank();
        assertThat(outbox.toAddress(to)).singleElement().satisfies(sent -> {
            assertThat(sent.delivery()).isEqualTo(SentMail.Delivery.SENT);
            assertThat(sent.text()).as("the link is forgotten once sent").doesNotContain("x=1");
        });
    }

    @Test
    void aMailQueuedWhileTheServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        ConfigurableApplicationContext node = nodes.start(true);
        Outbox outbox = node.getBean(Outbox.class);
        String to = unique("down");

        outbox.queue(Mail.of(null, to, Locale.ENGLISH, Text.of("testingmail.subject", "Upright")));
        await().atMost(LIMIT).until(() -> attempts(node, to) >= 2);
        assertThat(outbox.toAddress(to))
                .singleElement()
                .extracting(SentMail::delivery)
                .isEqualTo(SentMail.Delivery.WAITING);

        smtp.start();

        assertThat(receivedBy(to, 1)).hasSize(1);
        await().atMost(LIMIT).until(() -> outbox.toAddress(to).getFirst().delivery() == SentMail.Delivery.SENT);
        // once its execution is done, nothing can send the mail again
        await().atMost(LIMIT).until(() -> executionsLeft(node, to) == 0);
        assertThat(messagesTo(to)).hasSize(1);
    }

    @Test
    void aMailQueuedJustBeforeTheAppStopsIsSentByTheRestartedApp() throws Exception {
        smtp.start();
        String to = unique("restart");
        ConfigurableApplicationContext before = nodes.start(false);
        before.getBean(Outbox.class)
                .queue(Mail.of(null, to, Locale.ENGLISH, Text.of("testingmail.subject", "Upright")));
        before.close();
        assertThat(messagesTo(to)).as("nothing was sending").isEmpty();

        nodes.start(true);

        assertThat(receivedBy(to, 1)).hasSize(1);
    }

    @Test
    void twoNodesSendEachMailExactlyOnce() throws Exception {
        smtp.start();
        ConfigurableApplicationContext node = nodes.start(true);
        Outbox first = node.getBean(Outbox.class);
        Outbox second = nodes.start(true).getBean(Outbox.class);
        String to = unique("pair");

        IntStream.range(0, 20)
                .forEach(i -> (i % 2 == 0 ? first : second)
                        .queue(Mail.of(null, to, Locale.ENGLISH, Text.of("testingmail.subject", "mail " + i))));

        await().atMost(LIMIT)
                .until(() -> first.toAddress(to).stream().allMatch(m -> m.delivery() == SentMail.Delivery.SENT));
        await().atMost(LIMIT).until(() -> executionsLeft(node, to) == 0);
        List<String> subjects = messagesTo(to).stream()
                .map(OutboxDeliveryTest::subject)
                .sorted()
                .toList();
        assertThat(subjects).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void aChangeThatRollsBackSendsNothing() {
        smtp.start();
        ConfigurableApplicationContext node = nodes.start(true);
        Outbox outbox = node.getBean(Outbox.class);
        String to = unique("rollback");

        new TransactionTemplate(node.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(status -> {
                    outbox.queue(Mail.of(null, to, Locale.ENGLISH, Text.of("testingmail.subject", "never")));
                    status.setRollbackOnly();
                });
        outbox.queue(Mail.of(null, to, Locale.ENGLISH, Text.of("testingmail.subject", "kept")));

        assertThat(receivedBy(to, 1)).extracting(OutboxDeliveryTest::subject).containsExactly("Your week at kept");
        assertThat(outbox.toAddress(to)).hasSize(1);
    }

    private GreenMail server() {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private int attempts(ConfigurableApplicationContext node, String to) {
        return node.getBean(org.upright.planner.mail.internal.OutboxTable.class).toAddress(to).stream()
                .mapToInt(org.upright.planner.mail.internal.OutboxTable.Row::attempts)
                .sum();
    }

    /** The job engine's executions still waiting for the mails to {@code to}. */
    private static int executionsLeft(ConfigurableApplicationContext node, String to) {
        var jdbc = node.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        return jdbc.queryForObject(
                "select count(*) from scheduled_tasks t join outbox_mail m on t.task_instance = cast(m.id as varchar(100))"
                        + " where t.task_name = 'send-mail' and m.to_address = ?",
                Integer.class,
                to);
    }

    private List<MimeMessage> receivedBy(String to, int count) {
        await().atMost(LIMIT).until(() -> messagesTo(to).size() >= count);
        return messagesTo(to);
    }

    private List<MimeMessage> messagesTo(String to) {
        if (!smtp.isRunning()) {
            return List.of();
        }
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(to));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
