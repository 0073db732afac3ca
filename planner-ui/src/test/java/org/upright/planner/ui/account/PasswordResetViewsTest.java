package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.upright.planner.ui.UiTest;

/** The "forgot password" pages: the same answer for any address, and a clear page for a dead link. */
@UiTest
@WithAnonymousUser
class PasswordResetViewsTest extends SpringBrowserlessTest {

    @Test
    void anyWellFormedAddressGetsTheSameAnswerAndATypoIsMarkedAtTheField() {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);

        test(view.email).setValue("not-an-address");
        test(view.send).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getValue()).isEqualTo("not-an-address");

        String stranger = "stranger-" + UUID.randomUUID() + "@example.com";
        test(view.email).setValue(stranger);
        test(view.send).click();
        assertThat(view.email.isInvalid()).isFalse();
        assertThat(view.answer.getText()).startsWith("If an account uses " + stranger + ", a link");
    }

    @Test
    void aForgedLinkGetsAClearPageAndNoPasswordField() {
        ResetPasswordView view = navigate(ResetPasswordView.class);

        assertThat(view.message.getText())
                .contains("We don’t recognise this link")
                .contains("Nothing has been changed");
        assertThat(view.password.isAttached()).isFalse();
    }
}
