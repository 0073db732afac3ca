package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;

@DatabaseTest
class TemplateServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    TemplateService templates;

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    @Test
    void everybodySeesTheThreeBuiltInTemplates() {
        AccountSummary lifter = people.lifter("Tess Template");

        assertThat(people.as(lifter, () -> templates.available()))
                .extracting(WeekTemplate::id)
                .startsWith(
                        BuiltInTemplates.BACK_CARE_ROUTINE,
                        BuiltInTemplates.BALANCED_THREE_DAY,
                        BuiltInTemplates.DESK_WORKER);
    }

    @Test
    void theRoutineTemplatePutsTheRoutineOnFourDaysForAnUpperBackCareLifter() {
        AccountSummary lifter = people.lifter("Rae Routine");
        PlannedWeek week = people.as(
                lifter,
                () -> plans.applyTemplate(
                        lifter.id(),
                        MONDAY,
                        PlannedWeek.NOT_SAVED,
                        BuiltInTemplates.BACK_CARE_ROUTINE,
                        ExistingSessions.KEEP));

        assertThat(week.plan().days()).hasSize(4);
        assertThat(week.report().metrics().routineDays()).isEqualTo(4);
        assertThat(week.report().has(RuleId.MOBILITY_FREQUENCY)).isFalse();
    }

    @Test
    void aCoachSavesAClientsWeekAsATemplateAndAppliesItToAnotherClient() {
        AccountSummary coach = people.coach("Tom Templates");
        AccountSummary first = people.lifter("First Client");
        AccountSummary second = people.lifter("Second Client");
        people.coaches(coach, first, false);
        people.coaches(coach, second, false);
        people.as(
                coach,
                () -> plans.addSession(
                        first.id(),
                        MONDAY,
                        PlannedWeek.NOT_SAVED,
                        MONDAY.plusDays(2),
                        SessionKind.MOBILITY,
                        "Wednesday stretch"));

        WeekTemplate saved =
                people.as(coach, () -> templates.saveWeekAsTemplate(first.id(), MONDAY, "My mobility week"));
        PlannedWeek applied = people.as(
                coach,
                () -> plans.applyTemplate(
                        second.id(), MONDAY.plusWeeks(1), PlannedWeek.NOT_SAVED, saved.id(), ExistingSessions.KEEP));

        assertThat(applied.plan()
                        .day(MONDAY.plusWeeks(1).plusDays(2))
                        .orElseThrow()
                        .sessions())
                .extracting(Session::title)
                .containsExactly("Wednesday stretch");
        assertThat(people.as(coach, () -> templates.available()))
                .extracting(WeekTemplate::name)
                .contains("My mobility week");
    }

    @Test
    void liftersCannotSaveTemplatesAndCoachesCannotSeeEachOthers() {
        AccountSummary lifter = people.lifter("Lone Lifter");
        assertThatThrownBy(() -> people.as(lifter, () -> templates.saveWeekAsTemplate(lifter.id(), MONDAY, "Mine")))
                .isInstanceOf(AccessDeniedException.class);

        AccountSummary coach = people.coach("Owner Coach");
        AccountSummary client = people.lifter("Owner Client");
        people.coaches(coach, client, false);
        people.as(
                coach,
                () -> plans.addSession(
                        client.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Day"));
        WeekTemplate saved = people.as(coach, () -> templates.saveWeekAsTemplate(client.id(), MONDAY, "Private"));
        AccountSummary otherCoach = people.coach("Other Coach");

        assertThat(people.as(otherCoach, () -> templates.find(saved.id()))).isEmpty();
        AccountSummary otherClient = people.lifter("Other Client");
        people.coaches(otherCoach, otherClient, false);
        assertThatThrownBy(() -> people.as(
                        otherCoach,
                        () -> plans.applyTemplate(
                                otherClient.id(), MONDAY, PlannedWeek.NOT_SAVED, saved.id(), ExistingSessions.KEEP)))
                .isInstanceOf(PlanEditRejected.class)
                .hasMessage("That template is not available.");
        assertThatThrownBy(() -> people.as(
                        client,
                        () -> plans.applyTemplate(
                                client.id(),
                                MONDAY.plusWeeks(1),
                                PlannedWeek.NOT_SAVED,
                                saved.id(),
                                ExistingSessions.KEEP)))
                .isInstanceOf(PlanEditRejected.class);
        assertThat(people.as(otherCoach, () -> plans.week(otherClient.id(), MONDAY))
                        .version())
                .isEqualTo(PlannedWeek.NOT_SAVED);
    }
}
