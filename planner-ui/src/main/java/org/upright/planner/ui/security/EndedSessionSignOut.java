package org.upright.planner.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.SignedInSessions;
import org.upright.planner.ui.shell.DatabaseTrouble;

/**
 * Ends a session whose account was deleted (docs/adr/0023) or whose password was reset after it
 * signed in (docs/adr/0022), at its next page load, on whichever node it lives: the session is
 * invalidated and the request goes on unsigned, so Vaadin sends it to the sign-in page. Sessions
 * live in each node's memory (sticky, ADR 0017), so the database is the one place every node can
 * learn either; one primary-key query answers both. The first signed-in request of a session notes
 * when it signed in (the sign-in itself answers with a redirect).
 *
 * <p>The requests a screen makes while it is open (Vaadin's {@code v-r=uidl}, heartbeats) are not
 * checked: each check needs a connection, and during an outage every check waited for the pool, so
 * a failed save was announced after 9 s instead of within 5 (DatabaseOutageJourneyIT). An ended
 * session is still sent to sign-in at its next page load, and its open screen reaches no data past
 * the services' own access checks.
 */
final class EndedSessionSignOut extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = EndedSessionSignOut.class.getName() + ".signedInAt";

    private final SignedInSessions sessions;
    private final Clock clock;

    EndedSessionSignOut(SignedInSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (request.getParameter("v-r") == null
                && signedIn != null
                && signedIn.getPrincipal() instanceof SignedInAccount
                && session != null) {
            Object at = session.getAttribute(SIGNED_IN_AT);
            if (at == null) {
                session.setAttribute(SIGNED_IN_AT, clock.instant());
            }
            if (!isCurrent(at == null ? clock.instant() : (Instant) at)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    // While the database is away the check cannot be made; the request goes on and meets the outage
    // where the screen says so ("Couldn't save … try again"), instead of failing here unexplained.
    // Nothing is read or saved meanwhile, so no ended session gets anywhere.
    private boolean isCurrent(Instant signedInAt) {
        try {
            return sessions.isMySessionCurrent(signedInAt);
        } catch (RuntimeException e) {
            if (DatabaseTrouble.isUnreachable(e)) {
                return true;
            }
            throw e;
        }
    }
}
