package org.upright.planner.mail;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.upright.planner.mail.internal.OutboxTable;
import org.upright.planner.mail.internal.OutboxTable.State;

/**
 * The job engine's work for one queued mail, on whichever node picks it up. With an SMTP server
 * configured ({@code spring.mail.host}) the mail goes there as plain text and HTML, with its files
 * attached; without one it
 * is kept in the outbox and written to the log, so every flow works on a bare machine.
 *
 * <p>A mail the server does not take is tried again later, waiting twice as long each time up to
 * {@link MailSettings#retryMax()}, for as long as it takes: nothing is dropped.
 */
@Component
class MailDelivery {

    static final String TASK = "send-mail";

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxTable table;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final Clock clock;

    MailDelivery(OutboxTable table, ObjectProvider<JavaMailSender> smtp, MailSettings settings, Clock clock) {
        this.table = table;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One execution per mail (its id is the instance). A failed try is rescheduled with back-off;
     * an execution whose node died is revived by another node, and the claim in the table keeps a
     * mail from going out twice.
     */
    @Bean
    OneTimeTask<Void> sendMailTask() {
        FailureHandler<Void> backOff = (complete, operations) -> {
            int failures = complete.getExecution().consecutiveFailures + 1;
            operations.reschedule(complete, complete.getTimeDone().plus(settings.backOff(failures)));
        };
        return Tasks.oneTime(TASK)
                .onFailure(backOff)
                .onDeadExecutionRevive()
                .execute((instance, context) -> send(UUID.fromString(instance.getId())));
    }

    void send(UUID id) {
        Instant now = clock.instant();
        Optional<OutboxTable.Row> claimed = table.claim(id, now, now.minus(settings.claimTimeout()));
        if (claimed.isEmpty()) {
            return; // sent already, or being sent by another node
        }
        OutboxTable.Row mail = claimed.get();
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info(
                    "No mail server configured (spring.mail.host): mail kept in the outbox.\nTo: {}\nSubject: {}\n"
                            + "Attached: {}\n\n{}",
                    mail.to(),
                    mail.subject(),
                    table.attachments(id).stream()
                            .map(OutboxTable.File::fileName)
                            .toList(),
                    MailBody.withLink(mail.text(), mail.link(), false));
            table.finish(id, mail.attempts(), State.KEPT, clock.instant());
            return;
        }
        try {
            sender.send(message(sender, mail));
        } catch (MailException | MessagingException e) {
            log.warn("Mail {} to {} not sent (try {}): {}", id, mail.to(), mail.attempts(), e.getMessage());
            table.release(id, mail.attempts(), String.valueOf(e.getMessage()));
            throw new MailNotSent(id, e);
        }
        table.finish(id, mail.attempts(), State.SENT, clock.instant());
        log.info("Mail {} sent to {}", id, mail.to());
    }

    private MimeMessage message(JavaMailSender sender, OutboxTable.Row mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        // multipart/alternative at the top, plain text first: a reader shows the last part it can
        MimeBodyPart text = new MimeBodyPart();
        text.setText(MailBody.withLink(mail.text(), mail.link(), false), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailBody.withLink(mail.html(), mail.link(), true), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        List<OutboxTable.File> files = table.attachments(mail.id());
        if (files.isEmpty()) {
            message.setContent(alternative);
            return message;
        }
        // With files: multipart/mixed, the readable mail first, then each file as an attachment
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart readable = new MimeBodyPart();
        readable.setContent(alternative);
        mixed.addBodyPart(readable);
        for (OutboxTable.File file : files) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.bytes(), file.contentType())));
            part.setFileName(file.fileName());
            part.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        return message;
    }

    /** The mail server did not take the mail; the job engine tries again later. */
    static final class MailNotSent extends RuntimeException {
        MailNotSent(UUID id, Exception cause) {
            super("Mail " + id + " not sent: " + cause.getMessage(), cause);
        }
    }
}
