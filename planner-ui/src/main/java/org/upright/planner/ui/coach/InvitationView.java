package org.upright.planner.ui.coach;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.invitation.pageTitle");
    }

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
        add(new H2(getTranslation("coaching.invitation.title")));
        var me = authentication.getAuthenticatedUser(SignedInAccount.class);
        if (me.isEmpty()) {
            add(
                    new Paragraph(getTranslation("coaching.invitation.signInFirst")),
                    new Anchor(signUpAddress(code), getTranslation("coaching.invitation.signUp")),
                    new Anchor("login", getTranslation("coaching.invitation.signIn")),
                    new Paragraph(getTranslation("coaching.invitation.address", address(code))));
            return;
        }
        var invitation = coaching.invitation(code);
        if (invitation.isEmpty()) {
            add(new Paragraph(getTranslation("coaching.invitation.notForYou")));
            return;
        }
        Invitation found = invitation.get();
        if (me.get().role() == Role.COACH
                && found.email().equalsIgnoreCase(me.get().email())) {
            // Coaches can invite any address without learning what it is (docs/adr/0012); the
            // invitation only ever works for a lifter account.
            add(new Paragraph(getTranslation("coaching.invitation.forALifter")));
            return;
        }
        if (me.get().role() == Role.COACH) {
            add(new Paragraph(getTranslation("coaching.invitation.yours", found.email(), statusText(found))));
            return;
        }
        if (!found.isOpen()) {
            add(new Paragraph(getTranslation("coaching.invitation.closed", statusText(found))));
            return;
        }
        add(MyCoachView.InvitationAnswer.row(
                found, coaching, () -> getUI().ifPresent(ui -> ui.navigate(MyCoachView.class))));
    }

    /** This page's own address, relative: "invitation/ab12…". */
    private static String address(String code) {
        return "invitation/" + code;
    }

    /** Sign-up that knows the invitation (it opens invite-only sign-up for the invited address). */
    private static String signUpAddress(String code) {
        return "signup?invitation=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private String statusText(Invitation invitation) {
        if (invitation.expired() && invitation.status() == org.upright.planner.account.InvitationStatus.PENDING) {
            return getTranslation("coaching.invitation.status.expired");
        }
        return getTranslation(
                "coaching.invitation.status." + invitation.status().name());
    }
}
