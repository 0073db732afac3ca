package org.upright.planner.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AddressNotConfirmed;
import org.upright.planner.ui.shell.DatabaseTrouble;

/**
 * Sign-in. Error messages never say whether an address has an account: a wrong password and an
 * unknown address read the same, and the lock-out applies to unknown addresses too.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    // Keys of the ui bundle. The page speaks the browser's language: nobody is signed in yet.
    static final String WRONG_CREDENTIALS = "ui.login.wrongCredentials";
    static final String LOCKED = "ui.login.locked";
    static final String EXPIRED = "ui.login.expired";
    static final String NOT_CONFIRMED = "account.confirm.notConfirmed";

    private final LoginForm form = new LoginForm();
    /** Shown when the password was right but the address is not confirmed yet (docs/adr/0024). */
    final Paragraph confirmAgain = new Paragraph(new com.vaadin.flow.router.RouterLink(
            getTranslation("account.confirmAgain.link"), org.upright.planner.ui.account.ConfirmAgainView.class));

    public LoginView(AccountService accounts) {
        setAlignItems(Alignment.CENTER);
        setSizeFull();

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(WRONG_CREDENTIALS));

        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        add(brand, new Paragraph(getTranslation("ui.login.tagline")), form);
        add(new Paragraph(new com.vaadin.flow.router.RouterLink(
                getTranslation("account.forgot.link"), org.upright.planner.ui.account.ForgotPasswordView.class)));
        confirmAgain.setVisible(false);
        add(confirmAgain);
        if (accounts.isSignUpOpen()) {
            add(new Paragraph(
                    new com.vaadin.flow.component.Text(getTranslation("ui.login.newHere") + " "),
                    new Anchor("signup", getTranslation("ui.login.createAccount"))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.login.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // Sent here by SignInFormProtection: the form's token was missing or no longer valid.
        if (parameters.containsKey("expired")) {
            form.setI18n(texts(EXPIRED));
            form.setError(true);
        }
        if (parameters.containsKey("error")) {
            String message = switch (lastFailure()) {
                case LockedException locked -> LOCKED;
                case AddressNotConfirmed unconfirmed -> NOT_CONFIRMED;
                // No password could be checked (the database is away): not the person's mistake.
                case AuthenticationServiceException unavailable -> DatabaseTrouble.SIGN_IN;
                case null, default -> WRONG_CREDENTIALS;
            };
            form.setI18n(texts(message));
            form.setError(true);
            confirmAgain.setVisible(message.equals(NOT_CONFIRMED));
        }
    }

    private static Object lastFailure() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session =
                request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n texts(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("ui.login.title"));
        i18n.getForm().setUsername(getTranslation("ui.login.email"));
        i18n.getForm().setPassword(getTranslation("ui.login.password"));
        i18n.getForm().setSubmit(getTranslation("ui.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("ui.login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("ui.login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation(errorKey));
        return i18n;
    }
}
