package org.upright.planner.ui.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.PasswordReset;
import org.upright.planner.account.PasswordReset.LinkState;
import org.upright.planner.ui.security.LoginView;

/**
 * Where a reset link leads: a new password, or — for an expired, used or unknown link — a clear
 * page that changes nothing and offers a new link.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    final Div card = new Div();

    private final PasswordReset resets;
    private String token;

    public ResetPasswordView(PasswordReset resets) {
        this.resets = resets;
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        card.addClassName("upright-centred-card");
        password.setLabel(getTranslation("account.reset.password"));
        password.setHelperText(getTranslation("account.reset.passwordHelp", AccountService.MIN_PASSWORD_LENGTH));
        password.setWidthFull();
        save.setText(getTranslation("account.reset.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        save.setWidthFull();
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        card.removeAll();
        LinkState state = resets.check(token);
        if (state == LinkState.USABLE) {
            card.add(new H2(getTranslation("account.reset.title")), password, save);
        } else {
            showDeadLink(state);
        }
    }

    private void save() {
        password.setInvalid(false);
        try {
            resets.reset(token, password.getValue());
        } catch (PasswordReset.ResetRefused refused) {
            if (refused.password().isPresent()) {
                password.setErrorMessage(
                        refused.password().get() == PasswordReset.PasswordProblem.TOO_SHORT
                                ? getTranslation("account.reset.tooShort", AccountService.MIN_PASSWORD_LENGTH)
                                : getTranslation("account.reset.tooLong", AccountService.MAX_PASSWORD_BYTES));
                password.setInvalid(true);
            } else {
                card.removeAll();
                showDeadLink(refused.link());
            }
            return;
        }
        card.removeAll();
        message.setText(getTranslation("account.reset.done"));
        card.add(
                new H2(getTranslation("account.reset.title")),
                message,
                new Paragraph(new RouterLink(getTranslation("account.reset.signIn"), LoginView.class)));
    }

    private void showDeadLink(LinkState state) {
        message.setText(
                switch (state) {
                    case EXPIRED -> getTranslation("account.reset.expired", PasswordReset.VALID.toMinutes());
                    case USED -> getTranslation("account.reset.used");
                    default -> getTranslation("account.reset.unknown");
                });
        card.add(
                new H2(getTranslation("account.reset.deadTitle")),
                message,
                new Paragraph(new RouterLink(getTranslation("account.reset.askAgain"), ForgotPasswordView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.pageTitle");
    }
}
