package org.upright.planner.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.account.internal.Account;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.ResetTokens;
import org.upright.planner.account.internal.SignUpLimits;
import org.upright.planner.common.Text;
import org.upright.planner.mail.Mail;
import org.upright.planner.mail.Outbox;

/**
 * "Forgot password" (issue 14, docs/adr/0022): a link by mail, valid {@link #VALID} and once,
 * stored only as a hash. Asking answers the same whether or not the address has an account, and
 * is rate-limited in the database. Using the link sets the new password, which ends the account's
 * other sessions, and clears the sign-in lock-out; nothing else clears that lock-out early.
 */
@Service
public class PasswordReset {

    public static final Duration VALID = Duration.ofMinutes(30);

    /** What asking for a link came to; the same for known and unknown addresses. */
    public enum Asked {
        /** "If an account uses this address, a link is on its way." */
        SENT_IF_KNOWN,
        /** Too many requests from here or for this address this hour. */
        TOO_MANY,
        /** What was typed is not an e-mail address; nothing was counted or sent. */
        NOT_AN_ADDRESS
    }

    /** What a link is worth, for the page it opens. */
    public enum LinkState {
        USABLE,
        EXPIRED,
        USED,
        UNKNOWN
    }

    /** Why a new password was not taken. */
    public enum PasswordProblem {
        TOO_SHORT,
        TOO_LONG
    }

    /** The link did not reset anything: it is expired, used or unknown, or the password will not do. */
    public static final class ResetRefused extends RuntimeException {
        private final LinkState link;
        private final PasswordProblem password;

        ResetRefused(LinkState link, PasswordProblem password) {
            super("Password not reset: " + (password != null ? password : link));
            this.link = link;
            this.password = password;
        }

        /** The link's state when it was not usable; {@link LinkState#USABLE} if the password was the problem. */
        public LinkState link() {
            return link;
        }

        public Optional<PasswordProblem> password() {
            return Optional.ofNullable(password);
        }
    }

    private final AccountRepository accounts;
    private final ResetTokens tokens;
    private final SignUpLimits limits;
    private final Outbox outbox;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PasswordReset(
            AccountRepository accounts,
            ResetTokens tokens,
            SignUpLimits limits,
            Outbox outbox,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transactions,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.limits = limits;
        this.outbox = outbox;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Sends a reset link to {@code email} if an account uses it; answers the same either way. The
     * request is counted first, in statements of its own, so refused requests count too.
     *
     * @param client the visitor's network address (requests are counted per client and address)
     * @param language the language of the page that asked, for the mail
     */
    @PreAuthorize("permitAll()")
    public Asked request(String email, String client, Locale language) {
        if (email == null || !EmailAddresses.looksValid(email.strip())) {
            return Asked.NOT_AN_ADDRESS;
        }
        String address = EmailAddresses.normalise(email);
        if (!limits.admitReset(client, address)) {
            return Asked.TOO_MANY;
        }
        transactions.executeWithoutResult(status -> accounts.findByEmail(address)
                .ifPresent(account -> {
                    String token = newToken();
                    Instant now = clock.instant();
                    tokens.store(hash(token), account.id(), now, now.plus(VALID));
                    AccountSummary who = account.summary();
                    outbox.queue(Mail.of(
                                    who.id(),
                                    who.email(),
                                    language,
                                    Text.of("mail.reset.subject"),
                                    Text.of("mail.reset.greeting", who.displayName()),
                                    Text.of("mail.reset.body", VALID.toMinutes()),
                                    Text.of("mail.reset.notYou"))
                            .withLink(Text.of("mail.reset.button"), outbox.link("/reset-password?token=" + token)));
                }));
        return Asked.SENT_IF_KNOWN;
    }

    /** What the link is worth, to show a clear page before anyone types a password. */
    @PreAuthorize("permitAll()")
    public LinkState check(String token) {
        if (token == null || token.isBlank()) {
            return LinkState.UNKNOWN;
        }
        return tokens.state(hash(token.strip()), clock.instant());
    }

    /**
     * Sets a new password through the link and uses the link up; every other open link of the
     * account stops working, the account's other sessions end (their password is no longer the
     * account's) and the sign-in lock-out of its address is cleared.
     *
     * @throws ResetRefused with what was wrong; nothing changes then
     */
    @PreAuthorize("permitAll()")
    public void reset(String token, String newPassword) {
        PasswordProblem problem = problem(newPassword);
        if (problem != null) {
            throw new ResetRefused(LinkState.USABLE, problem);
        }
        LinkState state = check(token);
        if (state != LinkState.USABLE) {
            throw new ResetRefused(state, null);
        }
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            long accountId =
                    tokens.use(hash(token.strip()), now).orElseThrow(() -> new ResetRefused(LinkState.USED, null));
            Account account = accounts.findById(accountId).orElseThrow(() -> new ResetRefused(LinkState.UNKNOWN, null));
            account.changePasswordHash(passwordEncoder.encode(newPassword));
            tokens.retireOthers(accountId, now);
            // A pending change of address stops too: whoever asked for it may be who the owner is
            // locking out (the old address was told, with this reset link).
            tokens.retireOthers(ResetTokens.Purpose.NEW_ADDRESS, accountId, now);
            // The link came to the address: that proves it as well as a confirmation link would.
            tokens.addressConfirmed(accountId, now);
            tokens.passwordChanged(accountId, now);
            tokens.clearSignInLock(account.summary().email());
        });
    }

    /** The password rules, for sign-up and for a reset alike. */
    static PasswordProblem problem(String password) {
        String value = password == null ? "" : password;
        if (value.length() < AccountService.MIN_PASSWORD_LENGTH) {
            return PasswordProblem.TOO_SHORT;
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > AccountService.MAX_PASSWORD_BYTES) {
            return PasswordProblem.TOO_LONG;
        }
        return null;
    }

    private static String newToken() {
        return ResetTokens.newToken();
    }

    static String hash(String token) {
        return ResetTokens.hash(token);
    }
}
