package org.upright.planner.ui.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * When the sign-out filters look at the database. Every page load and sign-in does; the requests a
 * screen makes while it is open (Vaadin's {@code v-r=uidl}, heartbeats) do not: each check needs a
 * connection, and during an outage every check waited for the pool, so a failed save was announced
 * after 9 s instead of within 5 (DatabaseOutageJourneyIT). A reset or deleted account is still sent
 * to sign-in at its next page load, and its screen's requests reach no data without the services'
 * own access checks.
 */
final class SignOutChecks {

    private SignOutChecks() {}

    static boolean isScreenInternal(HttpServletRequest request) {
        return request.getParameter("v-r") != null;
    }
}
