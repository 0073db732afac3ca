package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.CoachingService.Resent;
import org.upright.planner.account.CoachingService.Withdrawn;
import org.upright.planner.account.Invitation;

/**
 * "Send again" and "Withdraw" for one pending invitation (docs/adr/0025). Each says what came of
 * it, including when the lifter answered in the meantime, and then has the list redrawn.
 */
class InvitationActions extends FlexLayout {

    static final String RESEND_ID = "resend-invitation";
    static final String WITHDRAW_ID = "withdraw-invitation";

    InvitationActions(CoachingService coaching, Invitation invitation, Runnable changed) {
        String email = invitation.email();
        Button resend = new Button(getTranslation("invitations.resend"), click -> {
            Resent outcome = coaching.resend(invitation.code());
            tell(
                    switch (outcome) {
                        case SENT ->
                            getTranslation("invitations.resent", email, CoachingService.INVITATION_VALIDITY.toDays());
                        case TOO_SOON ->
                            getTranslation("invitations.tooSoon", email, CoachingService.RESEND_PAUSE.toMinutes());
                        case TOO_OFTEN -> getTranslation("invitations.tooOften", email, CoachingService.MAX_SENDS);
                        case ANSWERED -> getTranslation("invitations.answered", email);
                    });
            changed.run();
        });
        resend.setId(RESEND_ID);
        Button withdraw = new Button(getTranslation("coaching.pending.withdraw"), click -> {
            Withdrawn outcome = coaching.revoke(invitation.code());
            tell(
                    switch (outcome) {
                        case WITHDRAWN -> getTranslation("invitations.withdrawn", email);
                        case ALREADY_ANSWERED -> getTranslation("invitations.answered", email);
                    });
            changed.run();
        });
        withdraw.setId(WITHDRAW_ID);
        resend.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        withdraw.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        add(resend, withdraw);
        getStyle().set("gap", "var(--lumo-space-s)");
    }

    private static void tell(String words) {
        Notification.show(words, 6000, Notification.Position.BOTTOM_START);
    }
}
