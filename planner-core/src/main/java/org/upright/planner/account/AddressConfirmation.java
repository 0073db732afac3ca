package org.upright.planner.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.account.PasswordReset.Asked;
import org.upright.planner.account.PasswordReset.LinkState;
import org.upright.planner.account.internal.AccountMails;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.ResetTokens;
import org.upright.planner.account.internal.ResetTokens.Purpose;
import org.upright.planner.account.internal.SignUpLimits;

/**
 * Sign-up verification (issue 14, docs/adr/0024): a new account proves its address by the link
 * mailed to it, valid {@link #VALID} and once, stored only as a hash. Until then it cannot sign in.
 * Following the link confirms and nothing more: the person then signs in with their password, so a
 * link opened by a mail scanner or forwarded by mistake signs nobody in.
 */
@Service
public class AddressConfirmation {

    public static final Duration VALID = Duration.ofHours(24);

    /**
     * What following a link came to: {@link LinkState#USABLE} means this visit confirmed the
     * address (the link is used up now); {@code role} is the account's then, else null.
     */
    public record Confirmation(LinkState state, Role role) {}

    private final AccountRepository accounts;
    private final ResetTokens tokens;
    private final AccountMails mails;
    private final SignUpLimits limits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AddressConfirmation(
            AccountRepository accounts,
            ResetTokens tokens,
            AccountMails mails,
            SignUpLimits limits,
            TransactionTemplate transactions,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Confirms the address the link was mailed to, once; expired, used and unknown links change nothing. */
    @PreAuthorize("permitAll()")
    public Confirmation confirm(String token) {
        if (token == null || token.isBlank()) {
            return new Confirmation(LinkState.UNKNOWN, null);
        }
        String hash = ResetTokens.hash(token.strip());
        Optional<Role> confirmed = transactions.execute(status -> {
            Instant now = clock.instant();
            // One UPDATE uses the link: of two tabs (or nodes) only one confirms.
            return tokens.use(Purpose.CONFIRM_ADDRESS, hash, now).flatMap(used -> {
                tokens.addressConfirmed(used.accountId(), now);
                return accounts.findById(used.accountId())
                        .map(account -> account.summary().role());
            });
        });
        return confirmed
                .map(role -> new Confirmation(LinkState.USABLE, role))
                .orElseGet(() -> new Confirmation(tokens.state(Purpose.CONFIRM_ADDRESS, hash, clock.instant()), null));
    }

    /**
     * Mails a fresh confirmation link if {@code email} belongs to an account not confirmed yet;
     * answers the same for every address, and is counted per client and address first.
     */
    @PreAuthorize("permitAll()")
    public Asked sendAgain(String email, String client, Locale language) {
        if (email == null || !EmailAddresses.looksValid(email.strip())) {
            return Asked.NOT_AN_ADDRESS;
        }
        String address = EmailAddresses.normalise(email);
        if (!limits.admitConfirmationLink(client, address)) {
            return Asked.TOO_MANY;
        }
        transactions.executeWithoutResult(status -> accounts.findByEmail(address)
                .filter(account -> !account.isAddressConfirmed())
                .ifPresent(account -> mails.confirmAddress(
                        account.summary(), account.language().orElse(language), null, VALID, clock.instant())));
        return Asked.SENT_IF_KNOWN;
    }
}
