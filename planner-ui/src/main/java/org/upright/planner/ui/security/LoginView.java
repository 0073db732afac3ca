package org.upright.planner.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.upright.planner.account.AccountService;
import org.upright.planner.ui.shell.DatabaseTrouble;

/**
 * Sign-in. Error messages never say whether an address has an account: a wrong password and an
 * unknown address read the same, and the lock-out applies to unknown addresses too.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Upright")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "That e-mail address and password don't match. Check both and try again.";
    static final String LOCKED =
            "Too many failed attempts with this e-mail address. Sign-in is paused for 15 minutes; try again later.";
    static final String EXPIRED = "This sign-in page had been open too long to be used. Please sign in again.";

    private final LoginForm form = new LoginForm();

    public LoginView(AccountService accounts) {
        setAlignItems(Alignment.CENTER);
        setSizeFull();

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(WRONG_CREDENTIALS));

        H1 brand = new H1("Upright");
        brand.addClassName("upright-brand");
        add(brand, new Paragraph("Balanced training for a healthy upper back."), form);
        if (accounts.isSignUpOpen()) {
            add(new Paragraph(
                    new com.vaadin.flow.component.Text("New here? "), new Anchor("signup", "Create an account")));
        }
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
                // No password could be checked (the database is away): not the person's mistake.
                case AuthenticationServiceException unavailable -> DatabaseTrouble.SIGN_IN;
                case null, default -> WRONG_CREDENTIALS;
            };
            form.setI18n(texts(message));
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session =
                request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n texts(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Couldn't sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
