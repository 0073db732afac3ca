package org.upright.planner.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, as the services see it. Services take the caller from here, never from a
 * parameter, so no screen or URL can claim to be someone else.
 */
@Component
public class CurrentUser {

    /** The signed-in account, or empty for anonymous callers. */
    public Optional<SignedInAccount> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            return Optional.of(account);
        }
        return Optional.empty();
    }

    /** The signed-in account; callers behind method security can rely on there being one. */
    public SignedInAccount require() {
        return get().orElseThrow(() ->
                new org.springframework.security.access.AccessDeniedException("This needs a signed-in account."));
    }
}
