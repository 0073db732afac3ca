package org.upright.planner.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/** The planner's behaviour on the server, without a browser, against the real database. */
@UiTest
class PlannerBoardTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    WeekPlanService plans;

    @Autowired
    CoachingService coaching;

    AccountSummary lifter;
    LocalDate monday = Weeks.startOf(LocalDate.now());

    @BeforeEach
    void signInAsANewLifter() {
        lifter = accounts.createConfirmed(new SignUpCommand(
                "board-" + UUID.randomUUID() + "@example.com", "a long enough password", "Bo Board", Role.LIFTER));
        var principal = new SignedInAccount(lifter.id(), lifter.email(), lifter.displayName(), Role.LIFTER, null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void addingASessionAndAPressShowsThePushPullFindingAndApplyFixesIt() {
        PlannedWeek saved =
                plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Press");
        String sessionId = saved.plan().sessions().findFirst().orElseThrow().id();
        plans.addExercise(lifter.id(), monday, saved.version(), sessionId, BlockType.MAIN, CatalogSlugs.BENCH_PRESS);

        navigate(MyWeekView.class);

        Div finding = findingFor("PUSH_PULL_RATIO");
        assertThat(finding).isNotNull();
        Button apply = $(Button.class, finding).withClassName("apply-finding").single();
        test(apply).click();

        assertThat(findingFor("PUSH_PULL_RATIO")).isNull();
        assertThat(plans.week(lifter.id(), monday).report().has(org.upright.planner.balance.RuleId.PUSH_PULL_RATIO))
                .isFalse();
    }

    @Test
    void whenSomeoneElseSavedFirstTheEditIsRefusedKeptAndCanBeAppliedAfterReloading() {
        PlannedWeek saved =
                plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Mine");
        String sessionId = saved.plan().sessions().findFirst().orElseThrow().id();
        PlannedWeek withBench = plans.addExercise(
                lifter.id(), monday, saved.version(), sessionId, BlockType.MAIN, CatalogSlugs.BENCH_PRESS);
        navigate(MyWeekView.class);

        // Someone else (the coach, another tab) changes the week after the screen loaded it.
        plans.addSession(lifter.id(), monday, withBench.version(), monday.plusDays(2), SessionKind.MOBILITY, "Theirs");

        Button dose = $(Button.class).withClassName("prescription-dose").first();
        test(dose).click();
        IntegerField sets = $(IntegerField.class).withCaption("Sets").single();
        test(sets).setValue(5);
        test($(Button.class).withText("Save").single()).click();

        Div banner = $(Div.class).withId("stale-banner").single();
        assertThat(banner.isVisible()).isTrue();
        assertThat(sets.getValue()).as("what was typed is still there").isEqualTo(5);
        assertThat(plans.week(lifter.id(), monday).plan().sessions().map(s -> s.title()))
                .containsExactly("Mine", "Theirs");

        test($(Button.class).withId("reload-and-reapply").single()).click();

        PlannedWeek now = plans.week(lifter.id(), monday);
        assertThat(now.plan().sessions().map(s -> s.title())).containsExactly("Mine", "Theirs");
        assertThat(now.plan()
                        .sessions()
                        .flatMap(s -> s.prescriptions())
                        .findFirst()
                        .orElseThrow()
                        .dose()
                        .sets())
                .isEqualTo(5);
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void aNewSessionNeedsATitleAndKeepsTheKindChosen() {
        navigate(MyWeekView.class);

        Button add = $(Button.class).withClassName("add-session").first();
        test(add).click();
        test($(Button.class).withText("Save").single()).click();
        TextField title = $(TextField.class).withCaption("Title").single();
        assertThat(title.isInvalid()).isTrue();

        test(title).setValue("Morning mobility");
        test($(Button.class).withText("Save").single()).click();

        assertThat(plans.week(lifter.id(), monday).plan().sessions().map(s -> s.title()))
                .containsExactly("Morning mobility");
    }

    @Test
    void undoingADeleteAfterTheCoachAddedASessionKeepsTheCoachsSession() {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Cora Coach", Role.COACH);
        people.link(coach, lifter);
        plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Push day");
        navigate(MyWeekView.class);

        test($(Button.class).withAttribute("aria-label", "Delete Push day").single())
                .click();
        long afterDelete = plans.week(lifter.id(), monday).version();
        TestPeople.as(
                coach,
                () -> plans.addSession(
                        lifter.id(),
                        monday,
                        afterDelete,
                        monday.plusDays(2),
                        SessionKind.STRENGTH,
                        "Coach's pull day"));

        test($(Button.class).withId("undo").single()).click();
        assertThat($(Div.class).withId("stale-banner").single().isVisible()).isTrue();
        test($(Button.class).withId("reload-and-reapply").single()).click();

        assertThat(plans.week(lifter.id(), monday).plan().sessions().map(s -> s.title()))
                .containsExactlyInAnyOrder("Push day", "Coach's pull day");
        assertThat($(Div.class).withClassName("session-card").all())
                .extracting(card -> $(com.vaadin.flow.component.html.H4.class, card)
                        .single()
                        .getText())
                .containsExactlyInAnyOrder("Push day", "Coach's pull day");
    }

    private Div findingFor(String rule) {
        return $(Div.class).withClassName("finding").all().stream()
                .filter(d -> rule.equals(d.getElement().getAttribute("data-rule")))
                .findFirst()
                .orElse(null);
    }
}
