package org.upright.planner.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.coaching.ClientWeekView;

/**
 * The planner of a paused plan (domain §5), without a browser: nothing on it edits or fixes the
 * week — for the lifter or for the coach — and the balance score is not a clean 100.
 */
@UiTest
class PausedPlannerTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    CheckInService checkIns;

    /** What stays usable on a paused planner: moving between weeks. */
    static final List<String> NAVIGATION = List.of("Previous week", "This week", "Next week");

    TestPeople people;
    AccountSummary lifter;
    AccountSummary coach;
    LocalDate monday = Weeks.startOf(LocalDate.now());

    @BeforeEach
    void aBalancedWeekThenAFever() {
        people = new TestPeople(accounts, coaching);
        lifter = people.create("Pia Paused", Role.LIFTER);
        coach = people.create("Cal Coach", Role.COACH);
        people.link(coach, lifter);
        PlannedWeek balanced = TestPeople.as(
                lifter,
                () -> plans.applyTemplate(
                        lifter.id(),
                        monday,
                        PlannedWeek.NOT_SAVED,
                        BuiltInTemplates.BALANCED_THREE_DAY,
                        ExistingSessions.KEEP));
        assertThat(balanced.report().score()).isEqualTo(100);
        TestPeople.as(
                lifter,
                () -> checkIns.answerRedFlags(lifter.id(), Set.of(RedFlag.FEVER), RedFlagCheckReason.ON_REQUEST));
    }

    @Test
    void theLifterSeesAPausedPlanWithNothingThatEditsOrFixesIt() {
        TestPeople.signIn(lifter);
        navigate(MyWeekView.class);

        assertPaused();
    }

    @Test
    void theCoachSeesTheClientsPlanAsPausedToo() {
        TestPeople.signIn(coach);
        navigate("clients/" + lifter.id() + "/week", ClientWeekView.class);

        assertPaused();
    }

    private void assertPaused() {
        assertThat($(Span.class).withId("plan-paused-tag").single().getText()).containsIgnoringCase("paused");
        assertThat($(Span.class).withId("balance-score").single().getText())
                .as("no score is shown as a verdict while paused")
                .doesNotContain("/ 100")
                .containsIgnoringCase("paused");
        PlannerBoard board = $(PlannerBoard.class).single();
        assertThat($(Button.class, board).all())
                .as("no usable button on the planner adds, edits, fixes, copies or undoes")
                .filteredOn(b -> test(b).isUsable())
                .extracting(Button::getText)
                .containsOnly(NAVIGATION.toArray(String[]::new));
        assertThat($(Button.class, board).all())
                .as("the planner's editing buttons are still there, greyed out")
                .extracting(Button::getText)
                .contains("Add session", "Use a template", "Copy last week");
    }
}
