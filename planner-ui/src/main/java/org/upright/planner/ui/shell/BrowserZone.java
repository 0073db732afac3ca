package org.upright.planner.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import org.upright.planner.account.TimeZoneService;

/**
 * Takes a signed-in person's time zone from their browser on the first visit that reports one
 * (docs/adr/0021). The service stores it only while the account has none, so a zone chosen in
 * Settings is never overwritten by a laptop on a trip; asked once per session.
 */
final class BrowserZone {

    static final String ASKED = BrowserZone.class.getName() + ".asked";

    private BrowserZone() {}

    static void adopt(UI ui, TimeZoneService zones) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ASKED) != null) {
            return;
        }
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        if (details == null) {
            return;
        }
        if (details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
            store(session, zones, details);
        } else {
            // not sent with this page yet: ask the browser, and store when it answers
            details.refresh(fresh -> store(session, zones, fresh));
        }
    }

    private static void store(VaadinSession session, TimeZoneService zones, ExtendedClientDetails details) {
        if (details.getTimeZoneId() == null || details.getTimeZoneId().isBlank()) {
            return;
        }
        session.setAttribute(ASKED, Boolean.TRUE);
        zones.adoptBrowserZone(details.getTimeZoneId());
    }
}
