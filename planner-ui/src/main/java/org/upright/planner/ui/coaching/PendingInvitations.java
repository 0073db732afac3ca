package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Invitation;
import org.upright.planner.report.Words;

/**
 * Invitations nobody has answered yet, with ways to send them again or withdraw them. The list is
 * redrawn at once after the coach's own actions, and asks again every {@link #CHECK_EVERY_MILLIS}
 * while it is shown, so that an answer given in another tab or on another node appears without a
 * reload (docs/adr/0025: a poll from the page, not push).
 */
class PendingInvitations extends Div {

    static final int CHECK_EVERY_MILLIS = 20_000;

    /** Fired by the page's own timer; the server then looks whether anything changed. */
    @DomEvent("upright-invitations-check")
    public static final class Check extends ComponentEvent<PendingInvitations> {
        public Check(PendingInvitations source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    private final CoachingService coaching;
    /** The coach's own zone: the day an invitation runs out is the coach's day. */
    private final ZoneId zone;
    /** What is shown, to redraw only when it changed. */
    private List<Invitation> shown = List.of();

    PendingInvitations(CoachingService coaching, ZoneId zone) {
        this.coaching = coaching;
        this.zone = zone;
        setId("pending-invitations");
        addListener(Check.class, check -> refreshIfChanged());
        // The timer stops itself once the list has left the page.
        addAttachListener(attach -> getElement()
                .executeJs(
                        "const list = this; const timer = setInterval(() => list.isConnected"
                                + " ? list.dispatchEvent(new CustomEvent('upright-invitations-check'))"
                                + " : clearInterval(timer), $0);",
                        CHECK_EVERY_MILLIS));
        refresh();
    }

    /** Redraws if an invitation was answered, withdrawn or made elsewhere since it was drawn. */
    void refreshIfChanged() {
        if (!coaching.pendingInvitations().equals(shown)) {
            refresh();
        }
    }

    private void refresh() {
        removeAll();
        var pending = coaching.pendingInvitations();
        shown = pending;
        if (pending.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("coaching.pending.title")));
        for (Invitation invitation : pending) {
            String day = Words.day(LocalDate.ofInstant(invitation.expiresAt(), zone), getLocale());
            Span text = new Span(getTranslation(
                    invitation.expired() ? "coaching.pending.expired" : "coaching.pending.openUntil",
                    invitation.email(),
                    day));
            FlexLayout row = new FlexLayout(text, new InvitationActions(coaching, invitation, this::refresh));
            row.setAlignItems(FlexLayout.Alignment.CENTER);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            add(row);
        }
    }
}
