package org.upright.planner.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.accountdata.AccountDeletion;
import org.upright.planner.ui.shell.DatabaseTrouble;

/**
 * Ends every session of a deleted account at its next request, on whichever node it lives: the
 * session is invalidated and the request goes on unsigned, so Vaadin sends it to the sign-in page.
 * One primary-key query per signed-in request; sessions live in each node's memory (sticky, ADR
 * 0017), so the database is the one place every node can learn that an account is gone.
 */
final class ClosedAccountSignOut extends OncePerRequestFilter {

    private final AccountDeletion accounts;

    ClosedAccountSignOut(AccountDeletion accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!SignOutChecks.isScreenInternal(request)
                && signedIn != null
                && signedIn.getPrincipal() instanceof SignedInAccount
                && !isOpen()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    // As in ResetPasswordSignOut: while the database is away the request goes on to meet the outage
    // where the screen explains it; nothing can be read or saved meanwhile.
    private boolean isOpen() {
        try {
            return accounts.isMyAccountOpen();
        } catch (RuntimeException e) {
            if (DatabaseTrouble.isUnreachable(e)) {
                return true;
            }
            throw e;
        }
    }
}
