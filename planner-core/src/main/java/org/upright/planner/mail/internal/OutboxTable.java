package org.upright.planner.mail.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox's rows ({@code outbox_mail}, V17). Every change of state is one {@code UPDATE} that
 * names the state it expects, so two nodes can never both send a mail: the one whose claim
 * changed the row sends, the other finds nothing to do.
 */
@Repository
public class OutboxTable {

    /** Where a mail stands in the table. */
    public enum State {
        QUEUED,
        SENDING,
        SENT,
        KEPT
    }

    /** A row as the sender needs it. */
    public record Row(
            UUID id,
            Long accountId,
            String to,
            String subject,
            String text,
            String html,
            String link,
            State state,
            int attempts,
            Instant createdAt,
            Instant sentAt) {}

    private final JdbcTemplate jdbc;

    OutboxTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            UUID id, Long accountId, String to, String subject, String text, String html, String link, Instant now) {
        jdbc.update(
                "insert into outbox_mail (id, account_id, to_address, subject, text_body, html_body, link, state,"
                        + " attempts, created_at) values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?)",
                id,
                accountId,
                to,
                subject,
                text,
                html,
                link,
                at(now));
    }

    /**
     * Claims a waiting mail for one attempt: it then belongs to this attempt alone. A mail claimed
     * before {@code staleBefore} whose sender never finished (its node died mid-send) may be
     * claimed again.
     *
     * @return the row with its new attempt number, or empty if the mail is gone, sent or being sent
     */
    public Optional<Row> claim(UUID id, Instant now, Instant staleBefore) {
        int changed = jdbc.update(
                "update outbox_mail set state = 'SENDING', attempts = attempts + 1, claimed_at = ?"
                        + " where id = ? and (state = 'QUEUED' or (state = 'SENDING' and claimed_at < ?))",
                at(now),
                id,
                at(staleBefore));
        return changed == 1 ? byId(id) : Optional.empty();
    }

    /** The attempt delivered the mail: its secret link is forgotten. */
    public boolean finish(UUID id, int attempt, State state, Instant now) {
        return jdbc.update(
                        "update outbox_mail set state = ?, sent_at = ?, link = null, last_error = null"
                                + " where id = ? and state = 'SENDING' and attempts = ?",
                        state.name(),
                        at(now),
                        id,
                        attempt)
                == 1;
    }

    /** The attempt failed: the mail waits for the next one. */
    public void release(UUID id, int attempt, String error) {
        jdbc.update(
                "update outbox_mail set state = 'QUEUED', last_error = ? where id = ? and state = 'SENDING'"
                        + " and attempts = ?",
                error.length() > 500 ? error.substring(0, 500) : error,
                id,
                attempt);
    }

    public Optional<Row> byId(UUID id) {
        return jdbc.query(SELECT + " where id = ?", OutboxTable::row, id).stream()
                .findFirst();
    }

    /** The account's mail, newest first. */
    public List<Row> ofAccount(long accountId, int limit) {
        return jdbc.query(
                SELECT + " where account_id = ? order by created_at desc, id fetch first " + limit + " rows only",
                OutboxTable::row,
                accountId);
    }

    /** Every mail to {@code address}, oldest first (tests and support use it to follow a mail). */
    public List<Row> toAddress(String address) {
        return jdbc.query(SELECT + " where to_address = ? order by created_at, id", OutboxTable::row, address);
    }

    /** A file stored with a mail, as the sender attaches it. */
    public record File(String fileName, String contentType, byte[] bytes) {}

    /** Stores the mail's files, in order, with the mail (in the caller's transaction). */
    public void insertAttachments(UUID mailId, List<File> files) {
        for (int i = 0; i < files.size(); i++) {
            File file = files.get(i);
            jdbc.update(
                    "insert into outbox_attachment (mail_id, position, file_name, content_type, bytes)"
                            + " values (?, ?, ?, ?, ?)",
                    mailId,
                    i,
                    file.fileName(),
                    file.contentType(),
                    file.bytes());
        }
    }

    /** The mail's files, in order, read when the mail is sent. */
    public List<File> attachments(UUID mailId) {
        return jdbc.query(
                "select file_name, content_type, bytes from outbox_attachment where mail_id = ? order by position",
                (rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                mailId);
    }

    /** The names of the files of each of these mails, in order, without reading the files. */
    public Map<UUID, List<String>> attachmentNames(Collection<UUID> mailIds) {
        Map<UUID, List<String>> names = new HashMap<>();
        if (mailIds.isEmpty()) {
            return names;
        }
        String marks = String.join(", ", Collections.nCopies(mailIds.size(), "?"));
        jdbc.query(
                "select mail_id, file_name from outbox_attachment where mail_id in (" + marks
                        + ") order by mail_id, position",
                rs -> {
                    names.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(rs.getString(2));
                },
                mailIds.toArray());
        return names;
    }

    private static final String SELECT = "select id, account_id, to_address, subject, text_body, html_body, link,"
            + " state, attempts, created_at, sent_at from outbox_mail";

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long account = rs.getLong("account_id");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.wasNull() ? null : account,
                rs.getString("to_address"),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                rs.getString("link"),
                State.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
