package org.upright.planner.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.SignUpRejected;
import org.upright.planner.ui.journal.SafetyCheckView;
import org.upright.planner.ui.security.SignInAfterSignUp;

/**
 * Creating an account. Every problem is shown at its field, and nothing typed is cleared when the
 * service refuses the form.
 */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField displayName = new TextField(getTranslation("account.signUp.displayName"));
    final EmailField email = new EmailField(getTranslation("account.signUp.email"));
    final PasswordField password = new PasswordField(getTranslation("account.signUp.password"));
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("account.signUp.role"));
    final Button create = new Button(getTranslation("account.signUp.create"));
    final Paragraph formMessage = new Paragraph();

    private final AccountService accounts;
    private final SignInAfterSignUp signIn;
    /** The invitation this sign-up came from, if any: it opens invite-only sign-up for its address. */
    private String invitationCode;

    public SignUpView(AccountService accounts, SignInAfterSignUp signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
        setAlignItems(Alignment.CENTER);

        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        Div card = new Div();
        card.addClassName("upright-centred-card");

        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(AccountService.MAX_DISPLAY_NAME_LENGTH);
        displayName.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("account.signUp.passwordHelp", AccountService.MIN_PASSWORD_LENGTH));
        password.setWidthFull();
        role.setItems(Role.LIFTER, Role.COACH);
        role.setItemLabelGenerator(
                r -> getTranslation(r == Role.LIFTER ? "account.signUp.role.lifter" : "account.signUp.role.coach"));
        role.setValue(Role.LIFTER);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(click -> submit());
        create.setWidthFull();
        formMessage.addClassName("upright-form-error");
        formMessage.setVisible(false);

        card.add(
                new H2(getTranslation("account.signUp.title")),
                formMessage,
                displayName,
                email,
                password,
                role,
                create,
                new Paragraph(
                        new Text(getTranslation("account.signUp.haveAccount") + " "),
                        new Anchor("login", getTranslation("account.signUp.signIn"))));
        add(brand, card);

        if (!accounts.isSignUpOpen()) {
            showFormMessage(getTranslation("account.signUp.inviteOnly"));
            create.setEnabled(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.signUp.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        invitationCode = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("invitation")
                .orElse(null);
        if (invitationCode != null) {
            // An invitation makes a lifter account (the service decides so too); no choice to offer.
            role.setValue(Role.LIFTER);
            role.setVisible(false);
            create.setEnabled(true);
            formMessage.setVisible(false);
        }
    }

    private void submit() {
        clearErrors();
        AccountSummary created;
        try {
            created = accounts.signUp(
                    new SignUpCommand(email.getValue(), password.getValue(), displayName.getValue(), role.getValue()),
                    invitationCode,
                    client());
        } catch (SignUpRejected rejected) {
            showErrors(rejected.fieldErrors());
            return;
        }
        signIn.signIn(email.getValue().strip(), password.getValue());
        // A full page load picks up the new session and sends the person on: to the invitation
        // they came from, or to their start page.
        String then = invitationCode == null ? "./" : "invitation/" + invitationCode;
        // Lifters answer the warning-sign checklist first (domain §4: asked at sign-up).
        String next = created.role() == Role.LIFTER ? SafetyCheckView.afterSignUp(then) : then;
        getUI().ifPresent(ui -> ui.getPage().setLocation(next));
    }

    /** The visitor's network address (the proxy's forwarded one where it is trusted): sign-up is counted per client. */
    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            switch (field) {
                case SignUpRejected.EMAIL -> markInvalid(email, message);
                case SignUpRejected.PASSWORD -> markInvalid(password, message);
                case SignUpRejected.DISPLAY_NAME -> markInvalid(displayName, message);
                case SignUpRejected.ROLE -> markInvalid(role, message);
                default -> showFormMessage(message);
            }
        });
    }

    private static <C extends Component & HasValidation> void markInvalid(C field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showFormMessage(String message) {
        formMessage.setText(message);
        formMessage.setVisible(true);
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {displayName, email, password, role}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        formMessage.setVisible(false);
    }
}
