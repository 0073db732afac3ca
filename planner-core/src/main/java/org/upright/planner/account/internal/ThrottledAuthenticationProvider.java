package org.upright.planner.account.internal;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.upright.planner.account.AddressNotConfirmed;

/**
 * Password sign-in with a lock-out: while an address is locked even the right password is refused,
 * otherwise guessing could simply continue.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;
    private final AccountRepository accounts;

    ThrottledAuthenticationProvider(
            AccountUserDetailsService details,
            PasswordEncoder passwordEncoder,
            SignInGuard guard,
            AccountRepository accounts) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.guard = guard;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return check(authentication);
        } catch (DataAccessException | TransactionException storeAway) {
            // Without the database nobody can be checked. As an AuthenticationException it reaches
            // the sign-in page, which can say so, instead of failing the request.
            throw new AuthenticationServiceException("The accounts cannot be read", storeAway);
        }
    }

    private Authentication check(Authentication authentication) {
        // Counted before the password is checked: attempts sent at the same moment cannot all slip
        // in before the count catches up with them.
        SignInGuard.Attempt attempt = guard.count(authentication.getName());
        if (!attempt.mayCheckPassword()) {
            throw new LockedException("Too many failed sign-ins for this address");
        }
        Authentication result = passwords.authenticate(authentication);
        guard.signedIn(attempt);
        // After the password, never before: "not confirmed" must not tell a guesser that the
        // address has an account (docs/adr/0024).
        boolean confirmed = accounts.findByEmail(SignInGuard.normalise(authentication.getName()))
                .map(Account::isAddressConfirmed)
                .orElse(false);
        if (!confirmed) {
            throw new AddressNotConfirmed();
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
