package org.upright.planner.ui.account;

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
import org.upright.planner.account.EmailChange;
import org.upright.planner.ui.security.LoginView;

/**
 * Where the link mailed to a new address leads (docs/adr/0024): opening it makes the change, once.
 * It may be opened in another browser than the one that asked, so nobody need be signed in. An
 * expired, used, unknown or meanwhile taken link gets a page that says so and changes nothing.
 */
@Route(value = "confirm-new-email", autoLayout = false)
@AnonymousAllowed
public class ConfirmNewEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    final Div card = new Div();

    private final EmailChange changes;

    public ConfirmNewEmailView(EmailChange changes) {
        this.changes = changes;
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        card.addClassName("upright-centred-card");
        message.setId("new-email-message");
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        card.removeAll();
        EmailChange.Outcome outcome = changes.confirm(token);
        message.setText(
                switch (outcome) {
                    case CHANGED -> getTranslation("account.newEmail.done");
                    case EXPIRED -> getTranslation("account.newEmail.expired", EmailChange.VALID.toHours());
                    case USED -> getTranslation("account.newEmail.used");
                    case TAKEN -> getTranslation("account.newEmail.taken");
                    case UNKNOWN -> getTranslation("account.newEmail.unknown");
                });
        card.add(
                new H2(getTranslation(
                        outcome == EmailChange.Outcome.CHANGED
                                ? "account.newEmail.doneTitle"
                                : "account.newEmail.deadTitle")),
                message,
                new Paragraph(new RouterLink(getTranslation("account.newEmail.signIn"), LoginView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.newEmail.pageTitle");
    }
}
