package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
                people.as(coach, () -> templates.saveWeekAsTemplate(first.id(), MONDAY, "My mobility week", false));
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
        assertThatThrownBy(
                        () -> people.as(lifter, () -> templates.saveWeekAsTemplate(lifter.id(), MONDAY, "Mine", false)))
                .isInstanceOf(AccessDeniedException.class);

        AccountSummary coach = people.coach("Owner Coach");
        AccountSummary client = people.lifter("Owner Client");
        people.coaches(coach, client, false);
        people.as(
                coach,
                () -> plans.addSession(
                        client.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Day"));
        WeekTemplate saved =
                people.as(coach, () -> templates.saveWeekAsTemplate(client.id(), MONDAY, "Private", false));
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

    @Test
    void savingUnderANameInUseAsksAndReplacingKeepsOneTemplate() {
        AccountSummary coach = people.coach("Nia Names");
        AccountSummary client = people.lifter("Named Client");
        people.coaches(coach, client, false);
        people.as(
                coach,
                () -> plans.addSession(
                        client.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "First version"));
        WeekTemplate first =
                people.as(coach, () -> templates.saveWeekAsTemplate(client.id(), MONDAY, "Strength week", false));
        PlannedWeek changed = people.as(coach, () -> plans.week(client.id(), MONDAY));
        people.as(
                coach,
                () -> plans.renameSession(
                        client.id(),
                        MONDAY,
                        changed.version(),
                        changed.plan().sessions().findFirst().orElseThrow().id(),
                        SessionKind.STRENGTH,
                        "Second version"));

        assertThatThrownBy(() -> people.as(
                        coach, () -> templates.saveWeekAsTemplate(client.id(), MONDAY, " strength WEEK ", false)))
                .isInstanceOf(TemplateNameTaken.class)
                .hasMessage("You already have a template called “Strength week”.");
        WeekTemplate replaced =
                people.as(coach, () -> templates.saveWeekAsTemplate(client.id(), MONDAY, "Strength week", true));

        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.sessions()).extracting(day -> day.session().title()).containsExactly("Second version");
        assertThat(people.as(coach, () -> templates.available()))
                .filteredOn(t -> t.name().equalsIgnoreCase("strength week"))
                .hasSize(1);

        WeekTemplate undone = people.as(coach, () -> templates.undoReplace(first.id()));
        assertThat(undone.sessions()).extracting(day -> day.session().title()).containsExactly("First version");
        WeekTemplate redone = people.as(coach, () -> templates.undoReplace(first.id()));
        assertThat(redone.sessions()).extracting(day -> day.session().title()).containsExactly("Second version");
        AccountSummary otherCoach = people.coach("Other Names");
        assertThatThrownBy(() -> people.as(otherCoach, () -> templates.undoReplace(first.id())))
                .isInstanceOf(PlanEditRejected.class)
                .hasMessage("That template is not available.");
    }

    @Test
    void fortySavesUnderOneNameAtOnceLeaveOneTemplateAndTellTheRestTheNameIsTaken() throws Exception {
        AccountSummary coach = people.coach("Rita Race");
        AccountSummary client = people.lifter("Raced Client");
        people.coaches(coach, client, false);
        people.as(
                coach,
                () -> plans.addSession(
                        client.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Race day"));
        int savers = 40;
        CyclicBarrier start = new CyclicBarrier(savers);
        ExecutorService pool = Executors.newFixedThreadPool(savers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < savers; i++) {
            outcomes.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    people.as(coach, () -> templates.saveWeekAsTemplate(client.id(), MONDAY, "Race week", false));
                    return "saved";
                } catch (TemplateNameTaken taken) {
                    return "name taken";
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).filteredOn("saved"::equals).hasSize(1);
        assertThat(results).filteredOn("name taken"::equals).hasSize(savers - 1);
        assertThat(people.as(coach, () -> templates.available()))
                .filteredOn(t -> t.name().equals("Race week"))
                .hasSize(1);
    }
}
