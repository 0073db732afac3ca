package org.upright.planner.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Locks an e-mail address for {@link #LOCK_DURATION} once {@link #MAX_ATTEMPTS} sign-ins in a row
 * have not succeeded. It works on addresses, not accounts, so unknown addresses lock the same way
 * and the sign-in page cannot be used to find out who has an account (docs/adr/0002).
 *
 * <p>Every attempt is counted <em>before</em> its password is checked, in the database, so that
 * attempts sent at the same moment (or to different nodes) queue on the address's row and each
 * gets a number of its own: only the first {@link #MAX_ATTEMPTS} ever reach the password check.
 * The attempt-counting statements run without a surrounding transaction (see {@link #count}).
 */
@Component
class SignInGuard {

    static final int MAX_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** One counted attempt: its number since the count last started. */
    record Attempt(String address, int number) {

        boolean mayCheckPassword() {
            return number <= MAX_ATTEMPTS;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Whether the database is PostgreSQL (else H2); read from the first connection. */
    private volatile Boolean postgres;

    SignInGuard(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts an attempt for {@code email}. The {@link #MAX_ATTEMPTS}-th attempt starts the lock;
     * later ones may not check a password until it has run out, after which counting starts again.
     *
     * <p>No transaction around it: each statement commits on its own, so the row is locked only
     * while one statement raises the count — never while a password is checked, and never while a
     * request waits its turn for a connection (40 attempts queue on one row; with a transaction
     * around three statements the last ones waited longer than the pool's 3 s on a busy machine).
     */
    public Attempt count(String email) {
        String address = normalise(email);
        OffsetDateTime now = at(clock.instant());
        // The row must exist before it can be counted on. Of several first attempts at the same
        // moment one inserts it; the others wait for that and skip (no duplicate key).
        jdbc.update(
                "insert into sign_in_throttle (email, failed_attempts, locked_until, last_failure_at)"
                        + " values (?, 0, null, ?) on conflict do nothing",
                address,
                now);
        // One UPDATE, atomic in PostgreSQL and H2 alike: parallel attempts queue on the row and each
        // gets back the count it left. (All right-hand sides read the row as it was before.)
        Integer number = jdbc.queryForObject(
                returningCount("update sign_in_throttle set"
                        + " failed_attempts = case when locked_until <= ? then 1 else failed_attempts + 1 end,"
                        + " locked_until = case when locked_until <= ? then null"
                        + " when failed_attempts + 1 = ? then ? else locked_until end,"
                        + " last_failure_at = ?"
                        + " where email = ?"),
                Integer.class,
                now,
                now,
                MAX_ATTEMPTS,
                at(clock.instant().plus(LOCK_DURATION)),
                now,
                address);
        return new Attempt(address, number);
    }

    /**
     * The attempt's password was right: the count starts again — but only if no attempt has been
     * counted since this one. Otherwise attempts still in flight, or a lock they have started,
     * stay in force: a success can never unlock an address that others are guessing at.
     */
    public void signedIn(Attempt attempt) {
        jdbc.update(
                "delete from sign_in_throttle where email = ? and failed_attempts = ?",
                attempt.address(),
                attempt.number());
    }

    static String normalise(String email) {
        String trimmed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        // Keys are bounded by the column; longer input can never be an account anyway.
        return trimmed.length() > 254 ? trimmed.substring(0, 254) : trimmed;
    }

    /**
     * The update, made to return the new count: PostgreSQL says {@code returning}; H2 (the embedded
     * default) has no {@code returning} but reads the rows an update leaves behind as a table.
     */
    private String returningCount(String update) {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
        }
        return Boolean.TRUE.equals(postgres)
                ? update + " returning failed_attempts"
                : "select failed_attempts from final table (" + update + ")";
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
