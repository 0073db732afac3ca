package org.upright.planner.ui.accountdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInSessions;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/** "Your data": the download is there for lifters; a wrong password is told at the field and keeps the account. */
@UiTest
class YourDataViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    SignedInSessions sessions;

    @Test
    void aWrongPasswordIsToldAtTheFieldAndTheAccountStays() {
        AccountSummary lifter = new TestPeople(accounts, coaching).create("Wanda Wrong", Role.LIFTER);
        TestPeople.signIn(lifter);
        YourDataView view = navigate(YourDataView.class);
        assertThat(view.download.isVisible()).isTrue();
        assertThat(view.download.getHref()).isNotBlank();

        test(view.password).setValue("not my password");
        test(view.delete).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("That password isn’t right. Nothing was deleted.");
        assertThat(view.password.getValue()).as("what was typed stays").isEqualTo("not my password");
        assertThat(sessions.isMySessionCurrent(Instant.now())).isTrue();
    }

    @Test
    void aCoachHasNoDownloadButCanLeave() {
        AccountSummary coach = new TestPeople(accounts, coaching).create("Colm Closing", Role.COACH);
        TestPeople.signIn(coach);
        YourDataView view = navigate(YourDataView.class);

        assertThat(view.download.getParent()).isEmpty();
        assertThat(view.delete.isVisible()).isTrue();
        // (The right password's click ends in a sign-out, which browserless mock sessions cannot
        // do; DeletedAccountSessionsTest covers it over HTTP, AccountDeletionTest the erasing.)
        test(view.delete).click();
        assertThat(view.password.getErrorMessage()).isEqualTo("Enter your password to confirm.");
        assertThat(sessions.isMySessionCurrent(Instant.now())).isTrue();
    }
}
