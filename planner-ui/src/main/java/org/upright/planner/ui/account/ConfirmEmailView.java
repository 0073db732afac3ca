package org.upright.planner.ui.account;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.planner.account.AddressConfirmation;
import org.upright.planner.account.AddressConfirmation.Confirmation;
import org.upright.planner.account.Role;
import org.upright.planner.ui.journal.SafetyCheckView;
import org.upright.planner.ui.security.LoginView;

/**
 * Where the sign-up mail's link leads (docs/adr/0024): opening it confirms the address, once; then
 * the person signs in with their password. An expired, used or unknown link gets a page that says
 * so, changes nothing and offers a new link.
 */
@Route(value = "confirm-email", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    final Div card = new Div();

    private final AddressConfirmation confirmations;

    public ConfirmEmailView(AddressConfirmation confirmations) {
        this.confirmations = confirmations;
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        card.addClassName("upright-centred-card");
        message.setId("confirm-message");
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        String token = parameters.getSingleParameter("token").orElse("");
        // Only an invitation code, never an address somewhere else.
        String invitation = parameters
                .getSingleParameter("invitation")
                .filter(code -> code.matches("[A-Za-z0-9_-]+"))
                .orElse(null);
        card.removeAll();
        Confirmation confirmation = confirmations.confirm(token);
        switch (confirmation.state()) {
            case USABLE -> confirmed(confirmation.role(), invitation);
            case USED -> dead(getTranslation("account.confirm.used"), true);
            case EXPIRED -> dead(getTranslation("account.confirm.expired", AddressConfirmation.VALID.toHours()), false);
            case UNKNOWN -> dead(getTranslation("account.confirm.unknown"), false);
        }
    }

    private void confirmed(Role role, String invitation) {
        message.setText(getTranslation("account.confirm.done"));
        // A page that needs a signed-in person: the sign-in page comes first and then leads there.
        // Lifters answer the warning-sign checklist first (domain §4: asked at sign-up), then go on
        // to the invitation they signed up from, if any.
        String then = invitation == null ? "./" : "invitation/" + invitation;
        String next = role == Role.LIFTER ? SafetyCheckView.afterSignUp(then) : "login";
        Anchor signIn = new Anchor();
        signIn.setHref(next);
        signIn.setText(getTranslation("account.confirm.signIn"));
        signIn.setId("confirmed-sign-in");
        card.add(new H2(getTranslation("account.confirm.doneTitle")), message, new Paragraph(signIn));
    }

    private void dead(String why, boolean maySignIn) {
        message.setText(why);
        card.add(new H2(getTranslation("account.confirm.deadTitle")), message);
        card.add(
                maySignIn
                        ? new Paragraph(new RouterLink(getTranslation("account.confirm.signIn"), LoginView.class))
                        : new Paragraph(
                                new RouterLink(getTranslation("account.confirmAgain.link"), ConfirmAgainView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.confirm.pageTitle");
    }
}
