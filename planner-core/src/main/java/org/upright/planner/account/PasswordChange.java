package org.upright.planner.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.account.PasswordReset.PasswordProblem;
import org.upright.planner.account.internal.Account;
import org.upright.planner.account.internal.AccountMails;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.account.internal.CurrentPasswords;
import org.upright.planner.account.internal.CurrentPasswords.Verdict;
import org.upright.planner.account.internal.ResetTokens;
import org.upright.planner.account.internal.ResetTokens.Purpose;

/**
 * Changing one's own password on the settings screen (issue 14, docs/adr/0024): the current password
 * is required and checked under the sign-in lock-out; the new one follows the rules of sign-up and a
 * reset ({@link PasswordReset#problem}). Like a reset, it ends the account's other sessions; a mail
 * tells the owner, with a reset link in case it was not them.
 */
@Service
public class PasswordChange {

    /** The password was not changed; which field to mark, and why. Nothing changed. */
    public static final class PasswordChangeRefused extends RuntimeException {

        /** Why the current password was not accepted, or null if it was not the problem. */
        public enum Current {
            WRONG,
            LOCKED
        }

        private final Current current;
        private final PasswordProblem newPassword;

        PasswordChangeRefused(Current current, PasswordProblem newPassword) {
            super("Password not changed: " + (current != null ? current : newPassword));
            this.current = current;
            this.newPassword = newPassword;
        }

        public Optional<Current> current() {
            return Optional.ofNullable(current);
        }

        public Optional<PasswordProblem> newPassword() {
            return Optional.ofNullable(newPassword);
        }
    }

    private final CurrentUser currentUser;
    private final CurrentPasswords currentPasswords;
    private final AccountRepository accounts;
    private final ResetTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AccountMails mails;

    PasswordChange(
            CurrentUser currentUser,
            CurrentPasswords currentPasswords,
            AccountRepository accounts,
            ResetTokens tokens,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transactions,
            Clock clock,
            AccountMails mails) {
        this.currentUser = currentUser;
        this.currentPasswords = currentPasswords;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.clock = clock;
        this.mails = mails;
    }

    /**
     * Sets the caller's new password. Every other session of the account ends at its next page load
     * (as after a reset, docs/adr/0022); the caller's own session stays if it notes the returned
     * moment as its sign-in time. Open reset links and a pending change of address stop working.
     *
     * @param language the page's language, for the mail that tells the owner
     * @return when the password changed
     * @throws PasswordChangeRefused with the field at fault; nothing changes then
     */
    @PreAuthorize("isAuthenticated()")
    public Instant changeMyPassword(String currentPassword, String newPassword, Locale language) {
        long me = currentUser.require().id();
        PasswordProblem problem = PasswordReset.problem(newPassword);
        if (problem != null) {
            throw new PasswordChangeRefused(null, problem);
        }
        // Outside the transaction below: a wrong try must stay counted.
        Verdict verdict = currentPasswords.check(me, currentPassword);
        if (verdict != Verdict.RIGHT) {
            throw new PasswordChangeRefused(
                    verdict == Verdict.LOCKED
                            ? PasswordChangeRefused.Current.LOCKED
                            : PasswordChangeRefused.Current.WRONG,
                    null);
        }
        return transactions.execute(status -> {
            // Microseconds, as the database keeps it: the caller's session notes this very moment as
            // its sign-in, and a rounded stored value must not come out later than it.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Account account = accounts.findById(me).orElseThrow();
            account.changePasswordHash(passwordEncoder.encode(newPassword));
            tokens.retireOthers(Purpose.RESET, me, now);
            tokens.retireOthers(Purpose.NEW_ADDRESS, me, now);
            tokens.passwordChanged(me, now);
            mails.passwordChanged(account.summary(), account.language().orElse(language));
            return now;
        });
    }
}
