package org.upright.planner.ui.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.planner.account.AddressConfirmation;
import org.upright.planner.account.PasswordReset.Asked;
import org.upright.planner.ui.security.LoginView;

/**
 * "Send the confirmation link again", for an account that has not confirmed its address. The
 * answer is the same for every address (docs/adr/0012, 0024), and asking is rate-limited.
 */
@Route(value = "confirm-again", autoLayout = false)
@AnonymousAllowed
public class ConfirmAgainView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    private final AddressConfirmation confirmations;

    public ConfirmAgainView(AddressConfirmation confirmations) {
        this.confirmations = confirmations;
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        Div card = new Div();
        card.addClassName("upright-centred-card");
        email.setLabel(getTranslation("account.confirmAgain.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        send.setText(getTranslation("account.confirmAgain.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> ask());
        send.setWidthFull();
        answer.setVisible(false);
        card.add(
                new H2(getTranslation("account.confirmAgain.title")),
                new Paragraph(getTranslation("account.confirmAgain.intro")),
                email,
                send,
                answer,
                new Paragraph(new RouterLink(getTranslation("account.forgot.backToSignIn"), LoginView.class)));
        add(brand, card);
    }

    private void ask() {
        email.setInvalid(false);
        String typed = email.getValue() == null ? "" : email.getValue().strip();
        Asked asked = confirmations.sendAgain(typed, client(), getLocale());
        if (asked == Asked.NOT_AN_ADDRESS) {
            email.setErrorMessage(getTranslation("account.confirmAgain.emailInvalid"));
            email.setInvalid(true);
            answer.setVisible(false);
            return;
        }
        answer.setText(
                asked == Asked.TOO_MANY
                        ? getTranslation("account.confirmAgain.tooMany")
                        : getTranslation("account.confirmAgain.sent", typed, AddressConfirmation.VALID.toHours()));
        answer.setVisible(true);
    }

    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.confirmAgain.pageTitle");
    }
}
