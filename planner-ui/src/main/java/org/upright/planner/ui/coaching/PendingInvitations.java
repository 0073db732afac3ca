package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Invitation;

/** Invitations nobody has answered yet, with a way to withdraw them. */
class PendingInvitations extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final CoachingService coaching;
    /** The coach's own zone: the day an invitation runs out is the coach's day. */
    private final DateTimeFormatter date;

    PendingInvitations(CoachingService coaching, ZoneId zone) {
        this.coaching = coaching;
        this.date = DATE.withZone(zone);
        setId("pending-invitations");
        refresh();
    }

    private void refresh() {
        removeAll();
        var pending = coaching.pendingInvitations();
        if (pending.isEmpty()) {
            return;
        }
        add(new H3("Waiting for an answer"));
        for (Invitation invitation : pending) {
            Span text = new Span(invitation.email()
                    + (invitation.expired()
                            ? " · expired on " + date.format(invitation.expiresAt())
                            : " · open until " + date.format(invitation.expiresAt())));
            Button revoke = new Button("Withdraw", click -> {
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
