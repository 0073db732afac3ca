package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.testsupport.TestAddresses;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.security.LoginView;

@UiTest
@WithAnonymousUser
class SignUpViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    void badInputIsExplainedAtEachFieldAndNothingTypedIsLost() {
        SignUpView view = navigate(SignUpView.class);

        test(view.displayName).setValue("Jamie");
        test(view.email).setValue("jamie-at-example");
        test(view.password).setValue("too short");
        test(view.create).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("name@example.com");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("12 characters");
        assertThat(view.displayName.isInvalid()).isFalse();
        assertThat(view.displayName.getValue()).isEqualTo("Jamie");
        assertThat(view.email.getValue()).isEqualTo("jamie-at-example");
        assertThat(view.password.getValue()).isEqualTo("too short");
    }

    @Test
    void aTakenAddressGetsTheSameCheckYourInboxAsAFreeOne() {
        String taken = TestAddresses.unique("First Person");
        accounts.createConfirmed(new SignUpCommand(taken, "a long enough password", "First Person", Role.LIFTER));
        String free = TestAddresses.unique("Second Person");

        String takenAnswer = answerTo(taken);
        String freeAnswer = answerTo(free);

        assertThat(takenAnswer.replace(taken, "@")).isEqualTo(freeAnswer.replace(free, "@"));
        assertThat(freeAnswer).contains("Follow the link in it within 24 hours");
    }

    private String answerTo(String email) {
        // Away first: navigating to the page already shown keeps its (answered) instance.
        navigate(LoginView.class);
        SignUpView view = navigate(SignUpView.class);
        test(view.displayName).setValue("Second Person");
        test(view.email).setValue(email);
        test(view.password).setValue("another long password");
        test(view.create).click();
        assertThat(view.email.isInvalid()).isFalse();
        return view.checkInbox.getText();
    }
}
