package org.upright.planner.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Instant;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.PasswordChange;
import org.upright.planner.account.PasswordChange.PasswordChangeRefused;
import org.upright.planner.account.PasswordReset.PasswordProblem;
import org.upright.planner.ui.security.ThisSession;

/**
 * Changing one's password on the settings screen (docs/adr/0024): the current one is required; each
 * problem is shown at its field and nothing typed is cleared until the change has succeeded.
 */
class PasswordSection extends VerticalLayout {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final Button change = new Button();

    private final PasswordChange passwords;

    PasswordSection(PasswordChange passwords) {
        this.passwords = passwords;
        setPadding(false);
        current.setLabel(getTranslation("account.password.current"));
        current.setId("current-password");
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setId("new-password");
        newPassword.setHelperText(getTranslation("account.password.newHelp", AccountService.MIN_PASSWORD_LENGTH));
        for (PasswordField field : new PasswordField[] {current, newPassword}) {
            field.setWidth("min(24rem, 100%)");
        }
        change.setText(getTranslation("account.password.change"));
        change.setId("change-password");
        change.addClickListener(click -> change());
        add(new H3(getTranslation("account.password.title")), current, newPassword, change);
    }

    private void change() {
        current.setInvalid(false);
        newPassword.setInvalid(false);
        Instant changedAt;
        try {
            changedAt = passwords.changeMyPassword(current.getValue(), newPassword.getValue(), getLocale());
        } catch (PasswordChangeRefused refused) {
            refused.current()
                    .ifPresent(why -> mark(
                            current,
                            why == PasswordChangeRefused.Current.LOCKED
                                    ? getTranslation("account.password.locked")
                                    : getTranslation("account.password.wrong")));
            refused.newPassword()
                    .ifPresent(why -> mark(
                            newPassword,
                            why == PasswordProblem.TOO_SHORT
                                    ? getTranslation("account.password.tooShort", AccountService.MIN_PASSWORD_LENGTH)
                                    : getTranslation("account.password.tooLong", AccountService.MAX_PASSWORD_BYTES)));
            return;
        }
        // The change signs out every session that signed in before it; this one proved the password.
        ThisSession.signedInAgainAt(changedAt);
        current.clear();
        newPassword.clear();
        Notification.show(getTranslation("account.password.changed"));
    }

    private static void mark(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
