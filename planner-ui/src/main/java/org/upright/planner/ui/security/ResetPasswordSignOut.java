package org.upright.planner.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.SignedInSessions;
import org.upright.planner.ui.shell.DatabaseTrouble;

/**
 * Ends a session that signed in before its account's password was reset (docs/adr/0022), at its
 * next request, on whichever node it lives: like {@link ClosedAccountSignOut}, the session is
 * invalidated and the request goes on unsigned, so Vaadin sends it to the sign-in page. The first
 * signed-in request of a session notes when it signed in (the sign-in itself answers with a redirect).
 */
final class ResetPasswordSignOut extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = ResetPasswordSignOut.class.getName() + ".signedInAt";

    private final SignedInSessions sessions;

    ResetPasswordSignOut(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (!SignOutChecks.isScreenInternal(request)
                && signedIn != null
                && signedIn.getPrincipal() instanceof SignedInAccount
                && session != null) {
            Object at = session.getAttribute(SIGNED_IN_AT);
            if (at == null) {
                session.setAttribute(SIGNED_IN_AT, Instant.now());
            } else if (!isCurrent(at)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    // While the database is away the check cannot be made; the request goes on and meets the outage
    // where the screen says so ("Couldn't save … try again"), instead of failing here unexplained.
    // Nothing is read or saved meanwhile, so no signed-out session gets anywhere.
    private boolean isCurrent(Object signedInAt) {
        try {
            return sessions.isMySessionCurrent((Instant) signedInAt);
        } catch (RuntimeException e) {
            if (DatabaseTrouble.isUnreachable(e)) {
                return true;
            }
            throw e;
        }
    }
}
