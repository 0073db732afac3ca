package org.upright.planner.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bulk review jobs in the database: one statement per change, so that two nodes, or a coach
 * and a worker, can never both win a change of state. Every change a worker makes names its attempt
 * and is ignored once another attempt has begun.
 */
@Repository
public class BulkJobTable {

    /** The ZIP is stored in parts of this size; memory holds one part at a time. */
    public static final int PART_BYTES = 1024 * 1024;

    private final JdbcTemplate jdbc;

    BulkJobTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A job as stored. */
    public record Row(
            UUID id,
            long coachId,
            String state,
            boolean going,
            LocalDate endWeek,
            int weekCount,
            String paper,
            String zipName,
            int total,
            int done,
            int attempt,
            boolean cancelRequested,
            String message,
            Long zipSize,
            Instant expiresAt) {}

    /** A client of a job, with their name as it was when the job was asked for. */
    public record Client(long lifterId, String displayName) {}

    /**
     * Stores a new queued job; fails with {@link org.springframework.dao.DuplicateKeyException}
     * when the coach has a job going already.
     */
    public void insert(
            UUID id,
            long coachId,
            LocalDate endWeek,
            int weekCount,
            String paper,
            String zipName,
            List<Client> clients,
            Instant now) {
        jdbc.update(
                "insert into bulk_review_job (id, coach_id, going_coach_id, state, end_week, week_count, paper,"
                        + " zip_name, total, done, attempt, cancel_requested, message, created_at)"
                        + " values (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, 0, 0, false, '', ?)",
                id,
                coachId,
                coachId,
                endWeek,
                weekCount,
                paper,
                zipName,
                clients.size(),
                at(now));
        List<Object[]> rows = new java.util.ArrayList<>(clients.size());
        for (int position = 0; position < clients.size(); position++) {
            Client client = clients.get(position);
            rows.add(new Object[] {id, position, client.lifterId(), client.displayName()});
        }
        jdbc.batchUpdate(
                "insert into bulk_review_client (job_id, position, lifter_id, display_name) values (?, ?, ?, ?)", rows);
    }

    /** Clears away the coach's jobs that have ended (the previous ZIP goes with them). */
    public void deleteEnded(long coachId) {
        jdbc.update("delete from bulk_review_job where coach_id = ? and going_coach_id is null", coachId);
    }

    /** The coach's job, if one is kept and has not expired. */
    public Optional<Row> ofCoach(long coachId, Instant now) {
        return jdbc
                .query(
                        "select * from bulk_review_job where coach_id = ?"
                                + " and (expires_at is null or expires_at > ?) order by created_at desc limit 1",
                        BulkJobTable::row,
                        coachId,
                        at(now))
                .stream()
                .findFirst();
    }

    public Optional<Row> byId(UUID id) {
        return jdbc.query("select * from bulk_review_job where id = ?", BulkJobTable::row, id).stream()
                .findFirst();
    }

    public List<Client> clients(UUID id) {
        return jdbc.query(
                "select lifter_id, display_name from bulk_review_client where job_id = ? order by position",
                (rs, n) -> new Client(rs.getLong(1), rs.getString(2)),
                id);
    }

    public List<String> leftOut(UUID id, int attempt) {
        return jdbc.queryForList(
                "select sentence from bulk_review_left_out where job_id = ? and attempt = ? order by position",
                String.class,
                id,
                attempt);
    }

    /**
     * A worker begins the job (again, after a crash): a new attempt from the first client. False
     * when the job has ended or is to be cancelled.
     */
    public boolean begin(UUID id) {
        int began = jdbc.update(
                "update bulk_review_job set state = 'RUNNING', attempt = attempt + 1, done = 0"
                        + " where id = ? and going_coach_id is not null and cancel_requested = false",
                id);
        if (began == 1) {
            // What earlier attempts wrote is of no use now.
            int attempt = byId(id).map(Row::attempt).orElseThrow();
            jdbc.update("delete from bulk_review_zip_part where job_id = ? and attempt < ?", id, attempt);
            jdbc.update("delete from bulk_review_left_out where job_id = ? and attempt < ?", id, attempt);
        }
        return began == 1;
    }

    /** Whether this attempt is still the job's current one and nobody asked to cancel. */
    public boolean carriesOn(UUID id, int attempt) {
        Integer count = jdbc.queryForObject(
                "select count(*) from bulk_review_job where id = ? and attempt = ? and going_coach_id is not null"
                        + " and cancel_requested = false",
                Integer.class,
                id,
                attempt);
        return count != null && count == 1;
    }

    public void advance(UUID id, int attempt) {
        jdbc.update("update bulk_review_job set done = done + 1 where id = ? and attempt = ?", id, attempt);
    }

    public void leaveOut(UUID id, int attempt, int position, String sentence) {
        jdbc.update(
                "insert into bulk_review_left_out (job_id, attempt, position, sentence) values (?, ?, ?, ?)",
                id,
                attempt,
                position,
                sentence);
    }

    /** The job ends as {@code state}; false when another attempt has taken it over meanwhile. */
    public boolean end(UUID id, int attempt, String state, String message, Long zipSize, Instant now, Instant expires) {
        int ended = jdbc.update(
                "update bulk_review_job set state = ?, going_coach_id = null, message = ?, zip_size = ?,"
                        + " ended_at = ?, expires_at = ? where id = ? and attempt = ? and going_coach_id is not null",
                state,
                message,
                zipSize,
                at(now),
                at(expires),
                id,
                attempt);
        if (ended == 1 && !"FINISHED".equals(state)) {
            jdbc.update("delete from bulk_review_zip_part where job_id = ?", id);
        }
        return ended == 1;
    }

    /** Cancels the coach's job if it has not begun yet; true when it had not. */
    public boolean cancelQueued(long coachId, Instant now, Instant expires) {
        return jdbc.update(
                        "update bulk_review_job set state = 'CANCELLED', going_coach_id = null, cancel_requested = true,"
                                + " ended_at = ?, expires_at = ? where going_coach_id = ? and state = 'QUEUED'",
                        at(now),
                        at(expires),
                        coachId)
                == 1;
    }

    /** Asks the coach's running job to stop before its next client. */
    public void requestCancel(long coachId) {
        jdbc.update("update bulk_review_job set cancel_requested = true where going_coach_id = ?", coachId);
    }

    /** Ends a job that was to be cancelled but whose worker is gone (crashed before it saw the request). */
    public void cancelAbandoned(UUID id, Instant now, Instant expires) {
        jdbc.update(
                "update bulk_review_job set state = 'CANCELLED', going_coach_id = null, ended_at = ?, expires_at = ?"
                        + " where id = ? and going_coach_id is not null and cancel_requested = true",
                at(now),
                at(expires),
                id);
        jdbc.update("delete from bulk_review_zip_part where job_id = ?", id);
    }

    /** Deletes the ended jobs whose time is up, with their ZIPs; returns how many. */
    public int deleteExpired(Instant now) {
        return jdbc.update("delete from bulk_review_job where expires_at < ?", at(now));
    }

    /** A stream that stores what is written as the attempt's ZIP, one part at a time. */
    public OutputStream zipWriter(UUID id, int attempt) {
        return new PartWriter(id, attempt);
    }

    /** The finished ZIP of an attempt, read one part at a time. */
    public InputStream zipReader(UUID id, int attempt) {
        return new PartReader(id, attempt);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long zipSize = rs.getLong("zip_size");
        boolean noSize = rs.wasNull();
        OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getLong("coach_id"),
                rs.getString("state"),
                rs.getObject("going_coach_id") != null,
                rs.getObject("end_week", LocalDate.class),
                rs.getInt("week_count"),
                rs.getString("paper"),
                rs.getString("zip_name"),
                rs.getInt("total"),
                rs.getInt("done"),
                rs.getInt("attempt"),
                rs.getBoolean("cancel_requested"),
                rs.getString("message"),
                noSize ? null : zipSize,
                expires == null ? null : expires.toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private final class PartWriter extends OutputStream {
        private final UUID id;
        private final int attempt;
        private final byte[] buffer = new byte[PART_BYTES];
        private int filled;
        private int seq;

        PartWriter(UUID id, int attempt) {
            this.id = id;
            this.attempt = attempt;
        }

        @Override
        public void write(int b) {
            if (filled == buffer.length) {
                store();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (filled == buffer.length) {
                    store();
                }
                int n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void close() {
            if (filled > 0) {
                store();
            }
        }

        private void store() {
            byte[] part = java.util.Arrays.copyOf(buffer, filled);
            jdbc.update(
                    "insert into bulk_review_zip_part (job_id, attempt, seq, bytes) values (?, ?, ?, ?)",
                    id,
                    attempt,
                    seq++,
                    part);
            filled = 0;
        }
    }

    private final class PartReader extends InputStream {
        private final UUID id;
        private final int attempt;
        private byte[] part = new byte[0];
        private int position;
        private int nextSeq;
        private boolean ended;

        PartReader(UUID id, int attempt) {
            this.id = id;
            this.attempt = attempt;
        }

        @Override
        public int read() throws IOException {
            if (!ready()) {
                return -1;
            }
            return part[position++] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!ready()) {
                return -1;
            }
            int n = Math.min(length, part.length - position);
            System.arraycopy(part, position, into, offset, n);
            position += n;
            return n;
        }

        private boolean ready() {
            while (position == part.length && !ended) {
                List<byte[]> next = jdbc.query(
                        "select bytes from bulk_review_zip_part where job_id = ? and attempt = ? and seq = ?",
                        (rs, n) -> rs.getBytes(1),
                        id,
                        attempt,
                        nextSeq);
                if (next.isEmpty()) {
                    ended = true;
                } else {
                    part = next.getFirst();
                    position = 0;
                    nextSeq++;
                }
            }
            return position < part.length;
        }
    }
}
