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
import org.upright.planner.account.PasswordReset;
import org.upright.planner.ui.security.LoginView;

/**
 * "Forgot password": asks for a reset link. The answer is the same whether or not the address has
 * an account (docs/adr/0012, 0022).
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    private final PasswordReset resets;

    public ForgotPasswordView(PasswordReset resets) {
        this.resets = resets;
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        Div card = new Div();
        card.addClassName("upright-centred-card");
        email.setLabel(getTranslation("account.forgot.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        send.setText(getTranslation("account.forgot.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> ask());
        send.setWidthFull();
        answer.setVisible(false);
        card.add(
                new H2(getTranslation("account.forgot.title")),
                new Paragraph(getTranslation("account.forgot.intro")),
                email,
                send,
                answer,
                new Paragraph(new RouterLink(getTranslation("account.forgot.backToSignIn"), LoginView.class)));
        add(brand, card);
    }

    private void ask() {
        email.setInvalid(false);
        String typed = email.getValue() == null ? "" : email.getValue().strip();
        PasswordReset.Asked asked = resets.request(typed, client(), getLocale());
        if (asked == PasswordReset.Asked.NOT_AN_ADDRESS) {
            email.setErrorMessage(getTranslation("account.forgot.emailInvalid"));
            email.setInvalid(true);
            answer.setVisible(false);
            return;
        }
        answer.setText(
                asked == PasswordReset.Asked.TOO_MANY
                        ? getTranslation("account.forgot.tooMany")
                        : getTranslation("account.forgot.sent", typed, PasswordReset.VALID.toMinutes()));
        answer.setVisible(true);
    }

    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.pageTitle");
    }
}
