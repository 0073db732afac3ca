package org.upright.planner.mail;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.upright.planner.testsupport.FreePorts;

/**
 * A real SMTP server (GreenMail) on a fixed port, read per recipient: what a coach's or a lifter's
 * mailbox received. It can be stopped and started again on the same port (a mail server that is
 * down, then back).
 */
final class Inbox implements AutoCloseable {

    /** How long a mail may take: the "within a minute". */
    static final Duration LIMIT = Duration.ofSeconds(60);

    private final int port = FreePorts.next();
    private GreenMail smtp;

    int port() {
        return port;
    }

    Inbox start() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return this;
    }

    /** Waits (up to {@link #LIMIT}) until {@code to} has {@code count} mails, and returns them all. */
    List<MimeMessage> receivedBy(String to, int count) {
        await().atMost(LIMIT).until(() -> messagesTo(to).size() >= count);
        return messagesTo(to);
    }

    List<MimeMessage> messagesTo(String to) {
        if (smtp == null || !smtp.isRunning()) {
            return List.of();
        }
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(to));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, decoded. */
    static String text(MimeMessage m) {
        return part(m, 0);
    }

    /** The HTML part, decoded. */
    static String html(MimeMessage m) {
        return part(m, 1);
    }

    private static String part(MimeMessage m, int index) {
        try {
            return ((Multipart) m.getContent()).getBodyPart(index).getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (smtp != null) {
            smtp.stop();
        }
    }
}
