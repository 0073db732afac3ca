package org.upright.planner.account;

import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.planner.account.internal.AccountRepository;
import org.upright.planner.common.ServicesOnly;

/**
 * Background work that a person started runs as that person, on whichever node picks it up: the
 * services then check their access exactly as if that person had clicked. The account is read again
 * when the work runs, so a changed role or a deleted account counts.
 *
 * <p>Only job code may use this (an architecture test says so): a screen always runs as whoever is
 * signed in. It takes any account id and decides nothing, so it is {@link ServicesOnly} and not
 * part of the public surface the lifter-access rules check (docs/adr/0013).
 */
@Component
@ServicesOnly
public class ActingAs {

    private final AccountRepository accounts;
    private final TransactionTemplate readOnly;

    ActingAs(AccountRepository accounts, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Runs {@code work} signed in as the account {@code accountId}.
     *
     * @throws AccessDeniedException when the account no longer exists
     */
    public <T> T run(long accountId, Supplier<T> work) {
        SignedInAccount principal = readOnly.execute(status -> accounts.findById(accountId)
                .map(account -> account.principal())
                .orElseThrow(() -> new AccessDeniedException("That account no longer exists.")));
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
