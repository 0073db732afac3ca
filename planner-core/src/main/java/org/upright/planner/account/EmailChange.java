package org.upright.planner.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.account.internal.Account;
import org.upright.planner.account.internal.AccountMails;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.ResetTokens;
import org.upright.planner.account.internal.ResetTokens.Purpose;
import org.upright.planner.account.internal.SignUpLimits;

/**
 * Changing one's e-mail address (issue 14, docs/adr/0024): confirmed from the new address by a link
 * valid {@link #VALID} and once, stored only as a hash; the old address gets a notice with the way
 * to stop it. The address changes only when the link is followed. An address that already has an
 * account gets the same answer and no link, and nothing changes.
 */
@Service
public class EmailChange {

    public static final Duration VALID = AddressConfirmation.VALID;

    /** What asking came to; {@link #SENT} also when the address is taken (the answer must not tell). */
    public enum Asked {
        SENT,
        /** Not shaped like an address. */
        NOT_AN_ADDRESS,
        /** Letters beyond ASCII: our mail cannot reach it (docs/adr/0022), as at sign-up. */
        NOT_ASCII,
        /** The address the account already uses. */
        SAME,
        /** Too many new addresses asked for this hour. */
        TOO_MANY
    }

    /** What following the link came to. */
    public enum Outcome {
        CHANGED,
        EXPIRED,
        USED,
        UNKNOWN,
        /** Another account took the address between asking and following the link. */
        TAKEN
    }

    private final CurrentUser currentUser;
    private final AccountRepository accounts;
    private final ResetTokens tokens;
    private final AccountMails mails;
    private final SignUpLimits limits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EmailChange(
            CurrentUser currentUser,
            AccountRepository accounts,
            ResetTokens tokens,
            AccountMails mails,
            SignUpLimits limits,
            TransactionTemplate transactions,
            Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Mails a link to {@code newEmail} that makes it the caller's address, and a notice to the
     * address in use. Nothing changes until the link is followed.
     *
     * @param language the page's language, for both mails
     */
    @PreAuthorize("isAuthenticated()")
    public Asked askForMyNewAddress(String newEmail, Locale language) {
        String typed = newEmail == null ? "" : newEmail.strip();
        if (!typed.isEmpty() && !EmailAddresses.isAscii(typed)) {
            return Asked.NOT_ASCII;
        }
        if (!EmailAddresses.looksValid(typed)) {
            return Asked.NOT_AN_ADDRESS;
        }
        String address = EmailAddresses.normalise(typed);
        SignedInAccount me = currentUser.require();
        // The stored address, not the session's: it may have changed since this session signed in.
        String mine = accounts.findById(me.id()).map(a -> a.summary().email()).orElseThrow();
        if (address.equals(mine)) {
            return Asked.SAME;
        }
        if (!limits.admitNewAddress(me.id(), address)) {
            return Asked.TOO_MANY;
        }
        transactions.executeWithoutResult(status -> {
            Account account = accounts.findById(me.id()).orElseThrow();
            AccountSummary who = account.summary();
            Locale reader = account.language().orElse(language);
            if (!accounts.existsByEmail(address)) {
                mails.newAddress(who, address, reader, VALID, clock.instant());
            }
            // Sent either way, so the answer and the old inbox look the same for a taken address.
            mails.oldAddressNotice(who, address, reader, VALID);
        });
        return Asked.SENT;
    }

    /** Makes the address the link was mailed to the account's own, once. */
    @PreAuthorize("permitAll()")
    public Outcome confirm(String token) {
        if (token == null || token.isBlank()) {
            return Outcome.UNKNOWN;
        }
        String hash = ResetTokens.hash(token.strip());
        try {
            Optional<Outcome> done = transactions.execute(status -> {
                Instant now = clock.instant();
                return tokens.use(Purpose.NEW_ADDRESS, hash, now).map(used -> {
                    if (accounts.existsByEmail(used.email())) {
                        return Outcome.TAKEN;
                    }
                    accounts.findById(used.accountId()).orElseThrow().changeEmail(used.email());
                    accounts.flush();
                    // Links mailed to the old address, and other new addresses asked for, stop.
                    tokens.retireOthers(Purpose.NEW_ADDRESS, used.accountId(), now);
                    tokens.retireOthers(Purpose.RESET, used.accountId(), now);
                    return Outcome.CHANGED;
                });
            });
            if (done.isPresent()) {
                return done.get();
            }
        } catch (DataIntegrityViolationException takenAtTheSameMoment) {
            return Outcome.TAKEN;
        }
        return switch (tokens.state(Purpose.NEW_ADDRESS, hash, clock.instant())) {
            case EXPIRED -> Outcome.EXPIRED;
            case USED -> Outcome.USED;
            case UNKNOWN, USABLE -> Outcome.UNKNOWN;
        };
    }
}
