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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AddressConfirmation;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.SignUpRejected;
import org.upright.planner.ui.i18n.ReaderText;
import org.upright.planner.ui.security.LoginView;

/**
 * Creating an account. Every problem is shown at its field, and nothing typed is cleared when the
 * service refuses the form. A form without mistakes always ends in "check your inbox", whether or
 * not the address has an account (docs/adr/0024): the link in the mail confirms the address, and
 * then the person signs in.
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
    final Paragraph checkInbox = new Paragraph();
    final Div card = new Div();

    private final AccountService accounts;
    /** The invitation this sign-up came from, if any: it opens invite-only sign-up for its address. */
    private String invitationCode;

    public SignUpView(AccountService accounts) {
        this.accounts = accounts;
        setAlignItems(Alignment.CENTER);

        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
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
        try {
            accounts.signUp(
                    new SignUpCommand(email.getValue(), password.getValue(), displayName.getValue(), role.getValue()),
                    invitationCode,
                    client(),
                    getLocale());
        } catch (SignUpRejected rejected) {
            showErrors(rejected.reasons());
            return;
        }
        // The same words for a new address and a taken one: only the mail tells them apart.
        checkInbox.setId("check-inbox");
        checkInbox.setText(getTranslation(
                "account.signUp.checkInbox", email.getValue().strip(), AddressConfirmation.VALID.toHours()));
        card.removeAll();
        card.add(
                new H2(getTranslation("account.signUp.checkInboxTitle")),
                checkInbox,
                new Paragraph(getTranslation("account.signUp.nothingArrived")),
                new Paragraph(new RouterLink(getTranslation("account.confirmAgain.link"), ConfirmAgainView.class)),
                new Paragraph(new RouterLink(getTranslation("account.confirm.signIn"), LoginView.class)));
    }

    /** The visitor's network address (the proxy's forwarded one where it is trusted): sign-up is counted per client. */
    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }

    private void showErrors(Map<String, org.upright.planner.common.Text> errors) {
        errors.forEach((field, reason) -> {
            String message = ReaderText.render(reason);
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
