package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Invitation;
import org.upright.planner.report.Words;

/** Invitations nobody has answered yet, with a way to withdraw them. */
class PendingInvitations extends Div {

    private final CoachingService coaching;
    /** The coach's own zone: the day an invitation runs out is the coach's day. */
    private final ZoneId zone;

    PendingInvitations(CoachingService coaching, ZoneId zone) {
        this.coaching = coaching;
        this.zone = zone;
        setId("pending-invitations");
        refresh();
    }

    private void refresh() {
        removeAll();
        var pending = coaching.pendingInvitations();
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
            Button revoke = new Button(getTranslation("coaching.pending.withdraw"), click -> {
                coaching.revoke(invitation.code());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            FlexLayout row = new FlexLayout(text, revoke);
            row.setAlignItems(FlexLayout.Alignment.CENTER);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            add(row);
        }
    }
}
