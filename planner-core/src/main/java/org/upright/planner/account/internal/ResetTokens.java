package org.upright.planner.account.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.planner.account.PasswordReset.LinkState;

/**
 * "Forgot password" tokens by their hash ({@code password_reset_token}, V18), and the sign-in
 * lock-out that only a successful reset clears.
 */
@Component
public class ResetTokens {

    private final JdbcTemplate jdbc;

    ResetTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(String hash, long accountId, Instant now, Instant expires) {
        jdbc.update(
                "insert into password_reset_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)",
                hash,
                accountId,
                at(now),
                at(expires));
    }

    /** What the token is worth now. */
    public LinkState state(String hash, Instant now) {
        List<LinkState> found = jdbc.query(
                "select used_at, expires_at from password_reset_token where token_hash = ?",
                (rs, n) -> rs.getTimestamp("used_at") != null
                        ? LinkState.USED
                        : rs.getTimestamp("expires_at").toInstant().isAfter(now) ? LinkState.USABLE : LinkState.EXPIRED,
                hash);
        return found.isEmpty() ? LinkState.UNKNOWN : found.getFirst();
    }

    /**
     * Uses the token up, if it is still usable: one {@code UPDATE}, so of two tabs (or nodes)
     * submitting the same link only one gets the account.
     *
     * @return the account it was made for, or empty if it is unknown, used or expired
     */
    public Optional<Long> use(String hash, Instant now) {
        int changed = jdbc.update(
                "update password_reset_token set used_at = ? where token_hash = ? and used_at is null and expires_at > ?",
                at(now),
                hash,
                at(now));
        if (changed != 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject(
                "select account_id from password_reset_token where token_hash = ?", Long.class, hash));
    }

    /** Every other open link of the account stops working once one has been used. */
    public void retireOthers(long accountId, Instant now) {
        jdbc.update(
                "update password_reset_token set used_at = ? where account_id = ? and used_at is null",
                at(now),
                accountId);
    }

    /** Sessions of the account signed in before {@code now} end at their next request. */
    public void passwordChanged(long accountId, Instant now) {
        jdbc.update("update account set password_changed_at = ? where id = ?", at(now), accountId);
    }

    /** Ends the sign-in lock-out of the address (docs/adr/0002): only a successful reset may. */
    public void clearSignInLock(String normalisedEmail) {
        jdbc.update("delete from sign_in_throttle where email = ?", normalisedEmail);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
