package org.upright.planner.ui.security;

import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;

/** The caller's own HTTP session, as the sign-out filter sees it. */
public final class ThisSession {

    private ThisSession() {}

    /**
     * Keeps this session signed in after its own password change: the change ends every session
     * signed in before {@code changedAt} ({@link EndedSessionSignOut}), and this one proved the
     * current password, so it counts as signed in from then on.
     */
    public static void signedInAgainAt(Instant changedAt) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(EndedSessionSignOut.SIGNED_IN_AT, changedAt);
        }
    }
}
