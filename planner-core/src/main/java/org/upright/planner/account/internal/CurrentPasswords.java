package org.upright.planner.account.internal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a signed-in person's current password, as a change of password asks for it, under the
 * sign-in lock-out (docs/adr/0002): each check counts as a sign-in attempt on the address, so an
 * open session left behind cannot be used to guess the password any faster than the sign-in page.
 * Call it outside a transaction: the count must stay counted when the change is refused.
 */
@Component
public class CurrentPasswords {

    /** What checking the typed password came to. */
    public enum Verdict {
        RIGHT,
        WRONG,
        /** Too many wrong tries on this address: not even checked (docs/adr/0002). */
        LOCKED
    }

    private final SignInGuard guard;
    private final PasswordEncoder passwordEncoder;
    private final AccountRepository accounts;

    CurrentPasswords(SignInGuard guard, PasswordEncoder passwordEncoder, AccountRepository accounts) {
        this.guard = guard;
        this.passwordEncoder = passwordEncoder;
        this.accounts = accounts;
    }

    public Verdict check(long accountId, String typed) {
        Account account = accounts.findById(accountId).orElseThrow();
        SignInGuard.Attempt attempt = guard.count(account.email());
        if (!attempt.mayCheckPassword()) {
            return Verdict.LOCKED;
        }
        if (typed == null || !passwordEncoder.matches(typed, account.principal().getPassword())) {
            return Verdict.WRONG;
        }
        guard.signedIn(attempt);
        return Verdict.RIGHT;
    }
}
