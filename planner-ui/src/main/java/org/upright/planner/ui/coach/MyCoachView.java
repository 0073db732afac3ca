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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.planner.account.CoachingRejected;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Invitation;
import org.upright.planner.accountdata.AccountDeletion;
import org.upright.planner.ui.accountdata.NoticesPanel;
import org.upright.planner.ui.i18n.ReaderText;

/** A lifter's coach: who it is, invitations waiting for an answer, and ending the coaching. */
@Route("coach")
@RolesAllowed("LIFTER")
public class MyCoachView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.myCoach.pageTitle");
    }

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
        add(new H2(getTranslation("coaching.myCoach.title")), new NoticesPanel(notices));
        coaching.myCoach()
                .ifPresentOrElse(
                        coach -> {
                            Paragraph who = new Paragraph(
                                    getTranslation("coaching.myCoach.who", coach.displayName(), coach.email()));
                            who.setId("my-coach");
                            Button end = new Button(
                                    getTranslation("coaching.myCoach.end"), click -> confirmEnd(coach.displayName()));
                            end.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                            add(who, end);
                        },
                        () -> add(new Paragraph(getTranslation("coaching.myCoach.none"))));
        var invitations = coaching.invitationsForMe();
        if (!invitations.isEmpty()) {
            add(new H3(getTranslation("coaching.myCoach.invitations")));
            for (Invitation invitation : invitations) {
                add(InvitationAnswer.row(invitation, coaching, this::refresh));
            }
        }
    }

    private void confirmEnd(String coachName) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("coaching.myCoach.endTitle", coachName),
                getTranslation("coaching.myCoach.endText", coachName),
                getTranslation("coaching.myCoach.end"),
                event -> {
                    coaching.endWithMyCoach();
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("coaching.myCoach.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Accept and decline buttons for one invitation; shared with the invitation link page. */
    static final class InvitationAnswer {

        private InvitationAnswer() {}

        static FlexLayout row(Invitation invitation, CoachingService coaching, Runnable afterwards) {
            Paragraph text = new Paragraph(ReaderText.words("coaching.answer.invites", invitation.coachName()));
            Button accept = new Button(
                    ReaderText.words("coaching.answer.accept"),
                    click -> answer(() -> coaching.accept(invitation.code()), afterwards));
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            accept.setId("accept-invitation");
            Button decline = new Button(
                    ReaderText.words("coaching.answer.decline"),
                    click -> answer(() -> coaching.decline(invitation.code()), afterwards));
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
                Notification note =
                        Notification.show(ReaderText.render(rejected.reason()), 6000, Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }
}
