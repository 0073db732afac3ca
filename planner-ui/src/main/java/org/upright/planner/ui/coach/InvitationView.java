package org.upright.planner.ui.coach;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Invitation;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;

/**
 * Where an invitation link lands. Someone not signed in is asked to sign in or create an account
 * with the invited address; the invited lifter can then accept or decline here.
 */
@Route(value = "invitation/:code", autoLayout = false)
@PageTitle("Invitation · Upright")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver {

    private final CoachingService coaching;
    private final AuthenticationContext authentication;

    public InvitationView(CoachingService coaching, AuthenticationContext authentication) {
        this.coaching = coaching;
        this.authentication = authentication;
        addClassName("upright-centred-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        add(new H2("Invitation to Upright"));
        var me = authentication.getAuthenticatedUser(SignedInAccount.class);
        if (me.isEmpty()) {
            String here = "invitation/" + code;
            add(
                    new Paragraph("A coach has invited you to plan your training with them on Upright. Sign in, or"
                            + " create an account, with the e-mail address the invitation was sent to; then open"
                            + " this link again to accept."),
                    new Anchor(
                            "signup?invitation=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
                            "Create an account"),
                    new Anchor("login", "Sign in"),
                    new Paragraph("This page's address: " + here));
            return;
        }
        var invitation = coaching.invitation(code);
        if (invitation.isEmpty()) {
            add(new Paragraph("This invitation is not for your account, or it does not exist. Sign in with the"
                    + " address it was sent to."));
            return;
        }
        Invitation found = invitation.get();
        if (me.get().role() == Role.COACH
                && found.email().equalsIgnoreCase(me.get().email())) {
            // Coaches can invite any address without learning what it is (docs/adr/0012); the
            // invitation only ever works for a lifter account.
            add(new Paragraph("This invitation is for a lifter account. A coach account can't accept it;"
                    + " sign in with a lifter account for this address, or ask the coach to invite another one."));
            return;
        }
        if (me.get().role() == Role.COACH) {
            add(new Paragraph("Your invitation to " + found.email() + " is " + statusText(found) + "."));
            return;
        }
        if (!found.isOpen()) {
            add(new Paragraph("This invitation is " + statusText(found) + ". Ask your coach for a new one if you"
                    + " still want to train together."));
            return;
        }
        add(MyCoachView.InvitationAnswer.row(
                found, coaching, () -> getUI().ifPresent(ui -> ui.navigate(MyCoachView.class))));
    }

    private static String statusText(Invitation invitation) {
        if (invitation.expired() && invitation.status() == org.upright.planner.account.InvitationStatus.PENDING) {
            return "expired";
        }
        return switch (invitation.status()) {
            case PENDING -> "waiting for an answer";
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            case REVOKED -> "withdrawn";
        };
    }
}
