package org.upright.planner.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.planner.account.PasswordReset.LinkState;

/**
 * The links Upright mails about one's own account, by their hash ({@code password_reset_token}, V18;
 * purposes V22): "forgot password", a sign-up's confirmation and a new e-mail address. Each works
 * once, until it expires, and only for its own {@link Purpose}. Also the sign-in lock-out that only a
 * successful reset clears.
 */
@Component
public class ResetTokens {

    /** What a link is for: a link of one purpose never works for another. */
    public enum Purpose {
        RESET,
        CONFIRM_ADDRESS,
        NEW_ADDRESS
    }

    /** A used link: the account it was made for, and the address it confirms (null for a reset). */
    public record Used(long accountId, String email) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    ResetTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new random token for a link: 256 bits, base64url. Only its {@link #hash} is stored. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, hex: what the table holds, so a copy of it opens no account. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void store(String hash, long accountId, Instant now, Instant expires) {
        store(Purpose.RESET, hash, accountId, null, now, expires);
    }

    /** Stores a link's hash; {@code email} is the address it confirms (null for a reset). */
    public void store(Purpose purpose, String hash, long accountId, String email, Instant now, Instant expires) {
        jdbc.update(
                "insert into password_reset_token (token_hash, account_id, purpose, email, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                hash,
                accountId,
                purpose.name(),
                email,
                at(now),
                at(expires));
    }

    /** What the reset token is worth now. */
    public LinkState state(String hash, Instant now) {
        return state(Purpose.RESET, hash, now);
    }

    /** What the token is worth now, as a link for {@code purpose}: unknown if it was made for another. */
    public LinkState state(Purpose purpose, String hash, Instant now) {
        List<LinkState> found = jdbc.query(
                "select used_at, expires_at from password_reset_token where token_hash = ? and purpose = ?",
                (rs, n) -> rs.getTimestamp("used_at") != null
                        ? LinkState.USED
                        : rs.getTimestamp("expires_at").toInstant().isAfter(now) ? LinkState.USABLE : LinkState.EXPIRED,
                hash,
                purpose.name());
        return found.isEmpty() ? LinkState.UNKNOWN : found.getFirst();
    }

    /**
     * Uses the token up, if it is still usable: one {@code UPDATE}, so of two tabs (or nodes)
     * submitting the same link only one gets the account.
     *
     * @return the account it was made for, or empty if it is unknown, used or expired
     */
    public Optional<Long> use(String hash, Instant now) {
        return use(Purpose.RESET, hash, now).map(Used::accountId);
    }

    /** Like {@link #use(String, Instant)}, for a link of {@code purpose}. */
    public Optional<Used> use(Purpose purpose, String hash, Instant now) {
        int changed = jdbc.update(
                "update password_reset_token set used_at = ?"
                        + " where token_hash = ? and purpose = ? and used_at is null and expires_at > ?",
                at(now),
                hash,
                purpose.name(),
                at(now));
        if (changed != 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject(
                "select account_id, email from password_reset_token where token_hash = ?",
                (rs, n) -> new Used(rs.getLong("account_id"), rs.getString("email")),
                hash));
    }

    /** Every other open reset link of the account stops working once one has been used. */
    public void retireOthers(long accountId, Instant now) {
        retireOthers(Purpose.RESET, accountId, now);
    }

    /** Every open link of {@code purpose} of the account stops working. */
    public void retireOthers(Purpose purpose, long accountId, Instant now) {
        jdbc.update(
                "update password_reset_token set used_at = ? where account_id = ? and purpose = ? and used_at is null",
                at(now),
                accountId,
                purpose.name());
    }

    /**
     * The account's address is proven (its owner followed a link mailed to it): it may sign in.
     * The first proof counts; a later one changes nothing.
     */
    public void addressConfirmed(long accountId, Instant now) {
        jdbc.update(
                "update account set email_confirmed_at = ? where id = ? and email_confirmed_at is null",
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
