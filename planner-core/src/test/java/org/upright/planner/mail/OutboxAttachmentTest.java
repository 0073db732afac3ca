package org.upright.planner.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.upright.planner.common.Text;
import org.upright.planner.testsupport.FreePorts;

/**
 * Files sent with a mail (a review PDF): stored with the mail, so they survive a mail server that is
 * down and go out as real MIME attachments, byte for byte, with the name the reader sees.
 */
class OutboxAttachmentTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** Not ASCII, as a review's file name in German is. */
    private static final String NAME = "Überprüfung Jürgen 2026-W45.pdf";

    private final int port = FreePorts.next();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final MailNodes nodes = new MailNodes(port);

    @AfterEach
    void stop() {
        nodes.close();
        smtp.stop();
    }

    @Test
    void aMailArrivesWithItsFileAsAnAttachmentAfterTheReadableParts() throws Exception {
        smtp.start();
        Outbox outbox = nodes.start(true).getBean(Outbox.class);
        String to = unique("file");
        byte[] pdf = pdfLike(300_000);

        outbox.queue(Mail.of(null, to, Locale.GERMAN, Text.of("testingmail.subject", "Upright"))
                .withAttachment(new Attachment(NAME, Attachment.PDF, pdf)));

        MimeMessage mail = receivedBy(to).getFirst();
        Multipart mixed = (Multipart) mail.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(((Multipart) mixed.getBodyPart(0).getContent()).getContentType())
                .as("the readable mail first: plain text and HTML")
                .startsWith("multipart/alternative");
        Part file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getContentType()).startsWith(Attachment.PDF);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(file.getFileName()))
                .isEqualTo(NAME);
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(outbox.toAddress(to))
                .singleElement()
                .satisfies(sent -> assertThat(sent.attachments()).containsExactly(NAME));
    }

    @Test
    void aFileQueuedWhileTheServerIsDownArrivesWholeOnceItIsBack() throws Exception {
        ConfigurableApplicationContext node = nodes.start(true);
        Outbox outbox = node.getBean(Outbox.class);
        String to = unique("later");
        byte[] pdf = pdfLike(50_000);

        outbox.queue(Mail.of(null, to, Locale.ENGLISH, Text.of("testingmail.subject", "Upright"))
                .withAttachment(new Attachment("review.pdf", Attachment.PDF, pdf)));
        await().atMost(LIMIT)
                .until(() -> node.getBean(org.upright.planner.mail.internal.OutboxTable.class).toAddress(to).stream()
                                .mapToInt(org.upright.planner.mail.internal.OutboxTable.Row::attempts)
                                .sum()
                        >= 2);
        smtp.start();

        List<MimeMessage> received = receivedBy(to);
        assertThat(received).hasSize(1);
        Part file = ((Multipart) received.getFirst().getContent()).getBodyPart(1);
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    /** Bytes that start as a PDF does and then are anything at all, as binary files are. */
    private static byte[] pdfLike(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private List<MimeMessage> receivedBy(String to) {
        await().atMost(LIMIT).until(() -> !messagesTo(to).isEmpty());
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

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
