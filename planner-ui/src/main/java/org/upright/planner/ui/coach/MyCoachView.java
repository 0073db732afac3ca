package org.upright.planner.ui.coach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.planner.account.CoachingRejected;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Invitation;
import org.upright.planner.accountdata.AccountDeletion;
import org.upright.planner.ui.accountdata.NoticesPanel;

/** A lifter's coach: who it is, invitations waiting for an answer, and ending the coaching. */
@Route("coach")
@PageTitle("My coach · Upright")
@RolesAllowed("LIFTER")
public class MyCoachView extends VerticalLayout {

    private final CoachingService coaching;

    private final AccountDeletion notices;

    public MyCoachView(CoachingService coaching, AccountDeletion notices) {
        this.coaching = coaching;
        this.notices = notices;
        addClassName("upright-page");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2("My coach"), new NoticesPanel(notices));
        coaching.myCoach()
                .ifPresentOrElse(
                        coach -> {
                            Paragraph who = new Paragraph(coach.displayName() + " (" + coach.email()
                                    + ") plans your weeks with you and sees your journal.");
                            who.setId("my-coach");
                            Button end = new Button("End coaching", click -> confirmEnd(coach.displayName()));
                            end.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                            add(who, end);
                        },
                        () -> add(new Paragraph(
                                "You plan on your own. A coach can invite you: open the link they send you.")));
        var invitations = coaching.invitationsForMe();
        if (!invitations.isEmpty()) {
            add(new H3("Invitations"));
            for (Invitation invitation : invitations) {
                add(InvitationAnswer.row(invitation, coaching, this::refresh));
            }
        }
    }

    private void confirmEnd(String coachName) {
        ConfirmDialog confirm = new ConfirmDialog(
                "End coaching with " + coachName + "?",
                coachName + " will no longer see or change your plans and journal. Your plans stay yours.",
                "End coaching",
                event -> {
                    coaching.endWithMyCoach();
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Accept and decline buttons for one invitation; shared with the invitation link page. */
    static final class InvitationAnswer {

        private InvitationAnswer() {}

        static FlexLayout row(Invitation invitation, CoachingService coaching, Runnable afterwards) {
            Paragraph text = new Paragraph(invitation.coachName() + " invites you to train with them.");
            Button accept = new Button("Accept", click -> answer(() -> coaching.accept(invitation.code()), afterwards));
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            accept.setId("accept-invitation");
            Button decline =
                    new Button("Decline", click -> answer(() -> coaching.decline(invitation.code()), afterwards));
            decline.setId("decline-invitation");
            FlexLayout row = new FlexLayout(text, accept, decline);
            row.setAlignItems(FlexLayout.Alignment.CENTER);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            return row;
        }

        private static void answer(Runnable action, Runnable afterwards) {
            try {
                action.run();
                afterwards.run();
            } catch (CoachingRejected rejected) {
                Notification note = Notification.show(rejected.getMessage(), 6000, Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }
}
