package org.upright.planner.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.common.ServicesOnly;
import org.upright.planner.jobs.JobQueue;
import org.upright.planner.mail.internal.OutboxTable;

/**
 * Where services put the mail a change sends (docs/adr/0022). A mail queued inside a service's
 * transaction is stored with that transaction's other rows, and the job engine sends it once the
 * transaction has committed: a change that rolls back sends nothing, a change that commits sends
 * its mail even if this node stops right after.
 *
 * <p>For the services only (a component, not a service: it asks nobody who wants to know, and sends
 * to whatever address it is given).
 */
@Component
@ServicesOnly
@EnableConfigurationProperties(MailSettings.class)
public class Outbox {

    private static final int PAGE = 100;

    private final OutboxTable table;
    private final JobQueue jobs;
    private final Clock clock;
    private final MailSettings settings;

    Outbox(OutboxTable table, JobQueue jobs, Clock clock, MailSettings settings) {
        this.table = table;
        this.jobs = jobs;
        this.clock = clock;
        this.settings = settings;
    }

    /** Stores the mail, rendered in its reader's language, and has it sent after commit. */
    @Transactional
    public UUID queue(Mail mail) {
        MailBody body = MailBody.of(mail);
        UUID id = UUID.randomUUID();
        table.insert(
                id,
                mail.accountId(),
                mail.to(),
                body.subject(),
                body.text(),
                body.html(),
                mail.link(),
                clock.instant());
        table.insertAttachments(
                id,
                mail.attachments().stream()
                        .map(file -> new OutboxTable.File(file.fileName(), file.contentType(), file.bytes()))
                        .toList());
        jobs.runSoon(MailDelivery.TASK, id.toString());
        return id;
    }

    /** A link to {@code path} (starting with a slash) on this Upright, for a mail. */
    public String link(String path) {
        return settings.link(path);
    }

    /** The account's own mail, newest first, as its "Sent mail" page shows it. */
    @Transactional(readOnly = true)
    public List<SentMail> ofAccount(long accountId) {
        return sentMails(table.ofAccount(accountId, PAGE));
    }

    /** Every mail queued for {@code address}, oldest first. */
    @Transactional(readOnly = true)
    public List<SentMail> toAddress(String address) {
        return sentMails(table.toAddress(address));
    }

    private List<SentMail> sentMails(List<OutboxTable.Row> rows) {
        Map<UUID, List<String>> files =
                table.attachmentNames(rows.stream().map(OutboxTable.Row::id).toList());
        return rows.stream()
                .map(row -> sentMail(row, files.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private static SentMail sentMail(OutboxTable.Row row, List<String> attachments) {
        SentMail.Delivery delivery = switch (row.state()) {
            case QUEUED, SENDING -> SentMail.Delivery.WAITING;
            case SENT -> SentMail.Delivery.SENT;
            case KEPT -> SentMail.Delivery.KEPT;
        };
        return new SentMail(
                row.id(),
                row.to(),
                row.subject(),
                row.text().replace(MailBody.LINK, "\u2026"),
                row.createdAt(),
                row.sentAt(),
                delivery,
                attachments);
    }
}
