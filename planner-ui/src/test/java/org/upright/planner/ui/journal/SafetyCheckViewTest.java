package org.upright.planner.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.common.Texts;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/** The checklist right after sign-up. */
@UiTest
class SafetyCheckViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    CheckInService checkIns;

    @Autowired
    SafetyService safety;

    AccountSummary lifter;

    @BeforeEach
    void aLifterWhoJustSignedUp() {
        lifter = new TestPeople(accounts, coaching).create("Nina New", Role.LIFTER);
        TestPeople.signIn(lifter);
    }

    @Test
    void lossOfBladderControlAtSignUpSaysEmergencyAndPausesThePlan() {
        SafetyCheckView view = navigate(SafetyCheckView.class);

        test(JournalViewTest.question(view.checklist, RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL))
                .click();
        test(view.save).click();

        Div notice = $(Div.class).withId("safety-notice").single();
        assertThat(notice.getClassNames()).contains("emergency");
        assertThat(JournalViewTest.texts(notice))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("emergency"))
                .contains(Texts.render(RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL.notice(), Locale.ENGLISH));
        assertThat(safety.assess(lifter.id()).planPaused()).isTrue();
        assertThat($(Button.class).withId("continue").single().isVisible()).isTrue();
    }

    @Test
    void answeringNoneIsRecordedAndTheReminderAboveThePlannerGoes() {
        navigate(org.upright.planner.ui.week.MyWeekView.class);
        assertThat($(Div.class).withId("safety-check-prompt").exists()).isTrue();

        SafetyCheckView view = navigate(SafetyCheckView.class);
        test(view.save).click();

        assertThat(checkIns.hasAnsweredChecklist(lifter.id())).isTrue();
        assertThat(safety.assess(lifter.id()).planPaused()).isFalse();
        navigate(org.upright.planner.ui.week.MyWeekView.class);
        assertThat($(Div.class).withId("safety-check-prompt").exists()).isFalse();
    }

    @Test
    void onlyPathsInsideTheApplicationAreFollowedAfterwards() {
        assertThat(SafetyCheckView.afterSignUp("./")).isEqualTo(SafetyCheckView.ROUTE);
        assertThat(SafetyCheckView.afterSignUp("invitation/abc"))
                .isEqualTo(SafetyCheckView.ROUTE + "?next=invitation/abc");
    }
}
