package org.upright.planner.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with a lock-out: while an address is locked even the right password is refused,
 * otherwise guessing could simply continue.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;

    ThrottledAuthenticationProvider(
            AccountUserDetailsService accounts, PasswordEncoder passwordEncoder, SignInGuard guard) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        if (guard.isLocked(email)) {
            throw new LockedException("Too many failed sign-ins for this address");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            guard.recordSuccess(email);
            return result;
        } catch (BadCredentialsException e) {
            guard.recordFailure(email);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
