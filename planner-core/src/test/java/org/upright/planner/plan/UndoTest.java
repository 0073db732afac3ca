package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;

/**
 * Undo, redo and "apply my change again" on the stored week, with a coach editing the same week in
 * between (issue 10, points 2 and 3), against the real PostgreSQL test database.
 */
@DatabaseTest
class UndoTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    AccountSummary lifter;
    AccountSummary coach;

    @BeforeEach
    void aCoachedLifter() {
        lifter = people.lifter("Una Undo");
        coach = people.coach("Cole Coach");
        people.coaches(coach, lifter, false);
    }

    @Test
    void undoingADeleteAfterTheCoachAddedASessionKeepsTheCoachsSession() {
        PlannedWeek start = people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Push day"));
        String push = start.plan().sessions().findFirst().orElseThrow().id();
        PlannedWeek deleted = people.as(lifter, () -> plans.removeSession(lifter.id(), MONDAY, start.version(), push));
        people.as(
                coach,
                () -> plans.addSession(
                        lifter.id(),
                        MONDAY,
                        deleted.version(),
                        MONDAY.plusDays(2),
                        SessionKind.STRENGTH,
                        "Coach's pull day"));

        // The lifter's screen still shows the version after the delete: Undo is refused as stale...
        assertThatThrownBy(() ->
                        people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, deleted.version(), deleted.version())))
                .isInstanceOf(StaleEditException.class);
        // ...and "Reload and apply my change again" replays the undo onto the coach's version.
        PlannedWeek undone = people.as(
                lifter,
                () -> plans.reapply(lifter.id(), MONDAY, deleted.version(), new PlanEdit.Undo(deleted.version())));

        assertThat(titles(undone.plan())).containsExactlyInAnyOrder("Push day", "Coach's pull day");
        assertThat(undone.plan().session(push))
                .hasValue(start.plan().session(push).orElseThrow());
        assertThat(titles(
                        people.as(lifter, () -> plans.week(lifter.id(), MONDAY)).plan()))
                .containsExactlyInAnyOrder("Push day", "Coach's pull day");
    }

    @Test
    void anUndoThatNoLongerAppliesSaysWhyAndChangesNothing() {
        PlannedWeek week = pressDay(lifter);
        Prescription bench = line(week, CatalogSlugs.BENCH_PRESS);
        PlannedWeek heavier = people.as(
                lifter,
                () -> plans.changePrescription(
                        lifter.id(), MONDAY, week.version(), bench.id(), Dose.reps(5, 5), 80.0, null, ""));
        PlannedWeek coachRemoved =
                people.as(coach, () -> plans.removePrescription(lifter.id(), MONDAY, heavier.version(), bench.id()));

        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> plans.reapply(
                                lifter.id(), MONDAY, heavier.version(), new PlanEdit.Undo(heavier.version()))))
                .isInstanceOf(ChangeConflict.class)
                .hasMessage("Could not undo: Bench press is no longer in this week. The week is unchanged.");
        PlannedWeek stored = people.as(lifter, () -> plans.week(lifter.id(), MONDAY));
        assertThat(stored.version()).isEqualTo(coachRemoved.version());
        assertThat(stored.plan()).isEqualTo(coachRemoved.plan());
    }

    @Test
    void anUndoNeverTakesBackWhatTheCoachChangedSinceInTheSameExercise() {
        PlannedWeek week = pressDay(lifter);
        Prescription bench = line(week, CatalogSlugs.BENCH_PRESS);
        PlannedWeek added = people.as(
                lifter,
                () -> plans.addExercise(
                        lifter.id(),
                        MONDAY,
                        week.version(),
                        sessionId(week),
                        BlockType.ACCESSORY,
                        CatalogSlugs.FACE_PULL));
        Prescription facePull = line(added, CatalogSlugs.FACE_PULL);
        PlannedWeek coachChanged = people.as(
                coach,
                () -> plans.changePrescription(
                        lifter.id(),
                        MONDAY,
                        added.version(),
                        facePull.id(),
                        Dose.reps(4, 15),
                        null,
                        null,
                        "slow on the way back"));

        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> plans.reapply(lifter.id(), MONDAY, added.version(), new PlanEdit.Undo(added.version()))))
                .isInstanceOf(ChangeConflict.class)
                .hasMessageContaining("Face pull has been changed since");
        assertThat(people.as(lifter, () -> plans.week(lifter.id(), MONDAY)).plan())
                .isEqualTo(coachChanged.plan());
        // A change to a different field of the same line is no conflict: both survive.
        PlannedWeek load = people.as(
                lifter,
                () -> plans.changePrescription(
                        lifter.id(), MONDAY, coachChanged.version(), bench.id(), bench.dose(), 60.0, null, ""));
        people.as(
                coach,
                () -> plans.changePrescription(
                        lifter.id(),
                        MONDAY,
                        load.version(),
                        bench.id(),
                        bench.dose(),
                        60.0,
                        EffortTarget.rpe(8),
                        "pause at the chest"));
        PlannedWeek undone = people.as(
                lifter, () -> plans.reapply(lifter.id(), MONDAY, load.version(), new PlanEdit.Undo(load.version())));
        Prescription benchNow = line(undone, CatalogSlugs.BENCH_PRESS);
        assertThat(benchNow.loadKg()).as("my load taken back").isNull();
        assertThat(benchNow.note()).as("the coach's note kept").isEqualTo("pause at the chest");
        assertThat(benchNow.effort()).as("the coach's effort kept").isEqualTo(EffortTarget.rpe(8));
    }

    @Test
    void applyingMyChangeAgainAfterTheCoachSavedKeepsTheCoachsWork() {
        PlannedWeek week = pressDay(lifter);
        PlannedWeek withSecond = people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(), MONDAY, week.version(), MONDAY.plusDays(3), SessionKind.MOBILITY, "Stretch"));
        String stretch = withSecond
                .plan()
                .day(MONDAY.plusDays(3))
                .orElseThrow()
                .sessions()
                .getFirst()
                .id();
        PlannedWeek coachAdded = people.as(
                coach,
                () -> plans.addExercise(
                        lifter.id(),
                        MONDAY,
                        withSecond.version(),
                        sessionId(week),
                        BlockType.MAIN,
                        CatalogSlugs.BAND_ROW));

        PlanEdit mine = new PlanEdit.RenameSession(stretch, SessionKind.MOBILITY, "Long stretch");
        assertThatThrownBy(() -> people.as(lifter, () -> plans.edit(lifter.id(), MONDAY, withSecond.version(), mine)))
                .isInstanceOf(StaleEditException.class);
        PlannedWeek again = people.as(lifter, () -> plans.reapply(lifter.id(), MONDAY, withSecond.version(), mine));

        assertThat(again.plan().session(stretch).orElseThrow().title()).isEqualTo("Long stretch");
        assertThat(again.plan().session(sessionId(week)).orElseThrow())
                .isEqualTo(coachAdded.plan().session(sessionId(week)).orElseThrow());
    }

    @Test
    void applyingMyChangeAgainIsRefusedWhenTheCoachChangedWhatItWouldDelete() {
        PlannedWeek week = pressDay(lifter);
        PlannedWeek coachAdded = people.as(
                coach,
                () -> plans.addExercise(
                        lifter.id(), MONDAY, week.version(), sessionId(week), BlockType.MAIN, CatalogSlugs.BAND_ROW));

        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> plans.reapply(
                                lifter.id(), MONDAY, week.version(), new PlanEdit.RemoveSession(sessionId(week)))))
                .isInstanceOf(ChangeConflict.class)
                .hasMessage("Could not apply your change again: “Push day” has been changed since. The week is"
                        + " unchanged.");
        assertThat(people.as(lifter, () -> plans.week(lifter.id(), MONDAY)).plan())
                .isEqualTo(coachAdded.plan());
    }

    @Test
    void everyKindOfEditIsUndoneExactlyAndRedoneExactly() {
        PlannedWeek lastWeek = people.as(
                lifter,
                () -> plans.applyTemplate(
                        lifter.id(),
                        MONDAY.minusWeeks(1),
                        PlannedWeek.NOT_SAVED,
                        BuiltInTemplates.DESK_WORKER,
                        ExistingSessions.KEEP));
        assertThat(lastWeek.plan().sessionCount()).isPositive();
        PlannedWeek week = pressDay(lifter);
        String push = sessionId(week);
        String bench = line(week, CatalogSlugs.BENCH_PRESS).id();
        String press = line(week, CatalogSlugs.OVERHEAD_PRESS).id();
        Map<String, PlanEdit> edits = new LinkedHashMap<>();
        edits.put("add a session", new PlanEdit.AddSession(MONDAY.plusDays(1), SessionKind.MOBILITY, "Stretch"));
        edits.put("rename a session", new PlanEdit.RenameSession(push, SessionKind.STRENGTH, "Heavy push"));
        edits.put("move a session", new PlanEdit.MoveSession(push, MONDAY.plusDays(4), 0));
        edits.put("delete a session", new PlanEdit.RemoveSession(push));
        edits.put("add an exercise", new PlanEdit.AddExercise(push, BlockType.WARM_UP, CatalogSlugs.THORACIC_ROTATION));
        edits.put("move an exercise", new PlanEdit.MoveExercise(press, push, BlockType.ACCESSORY, 0));
        edits.put("delete an exercise", new PlanEdit.RemoveExercise(bench));
        edits.put(
                "change a dose",
                new PlanEdit.ChangeDose(bench, Dose.reps(5, 3), 100.0, EffortTarget.repsInReserve(2), "top set"));
        edits.put("copy last week, keeping this week's", new PlanEdit.CopyPreviousWeek(ExistingSessions.KEEP));
        edits.put("copy last week, replacing this week's", new PlanEdit.CopyPreviousWeek(ExistingSessions.REPLACE));
        edits.put(
                "use a template, keeping",
                new PlanEdit.UseTemplate(BuiltInTemplates.BALANCED_THREE_DAY, ExistingSessions.KEEP));
        edits.put(
                "use a template, replacing",
                new PlanEdit.UseTemplate(BuiltInTemplates.BACK_CARE_ROUTINE, ExistingSessions.REPLACE));
        edits.put(
                "apply one fix",
                new PlanEdit.ApplyFix(FindingRef.of(
                        week.report().findingsOf(RuleId.PUSH_PULL_RATIO).getFirst())));
        edits.put("apply all fixes", new PlanEdit.ApplyAllFixes());

        PlannedWeek current = week;
        for (var edit : edits.entrySet()) {
            PlannedWeek before = current;
            PlannedWeek after =
                    people.as(lifter, () -> plans.edit(lifter.id(), MONDAY, before.version(), edit.getValue()));
            assertThat(after.plan()).as(edit.getKey() + " changes the week").isNotEqualTo(before.plan());

            PlannedWeek undone =
                    people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, after.version(), after.version()));
            assertThat(undone.plan()).as("undo " + edit.getKey()).isEqualTo(before.plan());
            PlannedWeek redone =
                    people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, undone.version(), undone.version()));
            assertThat(redone.plan()).as("redo " + edit.getKey()).isEqualTo(after.plan());
            current = people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, redone.version(), redone.version()));
            assertThat(current.plan()).as("undo the redo of " + edit.getKey()).isEqualTo(before.plan());
        }
    }

    @Test
    void applyAllIsUndoneInOneStep() {
        PlannedWeek week = pressDay(lifter);
        assertThat(week.report().suggestions()).hasSizeGreaterThan(1);

        PlannedWeek fixed = people.as(lifter, () -> plans.applyAllSuggestions(lifter.id(), MONDAY, week.version()));
        assertThat(fixed.version()).as("one click, one new version").isEqualTo(week.version() + 1);
        PlannedWeek undone = people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, fixed.version(), fixed.version()));

        assertThat(undone.plan()).isEqualTo(week.plan());
        assertThat(undone.report().findings())
                .extracting(f -> f.rule() + " " + f.severity())
                .containsExactlyElementsOf(week.report().findings().stream()
                        .map(f -> f.rule() + " " + f.severity())
                        .toList());
    }

    @Test
    void aLongRunOfEditsIsUndoneStepByStepBackToTheEmptyWeek() {
        List<PlannedWeek> versions = new ArrayList<>();
        PlannedWeek current = people.as(lifter, () -> plans.week(lifter.id(), MONDAY));
        versions.add(current);
        for (int i = 0; i < 25; i++) {
            PlannedWeek before = current;
            int n = i;
            current = people.as(
                    lifter,
                    () -> plans.addSession(
                            lifter.id(),
                            MONDAY,
                            before.version(),
                            MONDAY.plusDays(n % 7),
                            SessionKind.MOBILITY,
                            "Step " + n));
            versions.add(current);
        }
        for (int i = 25; i > 0; i--) {
            long revision = versions.get(i).version();
            PlannedWeek before = current;
            current = people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, before.version(), revision));
            assertThat(current.plan())
                    .as("after undoing step %d", i)
                    .isEqualTo(versions.get(i - 1).plan());
        }
        assertThat(current.plan().sessionCount()).isZero();
    }

    @Test
    void onlyThePersonWhoMadeAChangeCanUndoIt() {
        PlannedWeek week = pressDay(lifter);

        assertThatThrownBy(
                        () -> people.as(coach, () -> plans.undo(lifter.id(), MONDAY, week.version(), week.version())))
                .isInstanceOf(PlanEditRejected.class)
                .hasMessage("Only the person who made a change can undo it.");
        assertThat(people.as(lifter, () -> plans.week(lifter.id(), MONDAY)).version())
                .isEqualTo(week.version());
    }

    @Test
    void copyingLastWeekKeepsOrReplacesThisWeeksSessionsAsAsked() {
        people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(),
                        MONDAY.minusWeeks(1),
                        PlannedWeek.NOT_SAVED,
                        MONDAY.minusWeeks(1),
                        SessionKind.STRENGTH,
                        "Last Monday"));
        PlannedWeek week = pressDay(lifter);

        PlannedWeek kept = people.as(
                lifter, () -> plans.copyPreviousWeek(lifter.id(), MONDAY, week.version(), ExistingSessions.KEEP));
        assertThat(titles(kept.plan())).containsExactly("Push day", "Last Monday");
        PlannedWeek undone = people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, kept.version(), kept.version()));
        PlannedWeek replaced = people.as(
                lifter, () -> plans.copyPreviousWeek(lifter.id(), MONDAY, undone.version(), ExistingSessions.REPLACE));
        assertThat(titles(replaced.plan())).containsExactly("Last Monday");
    }

    private PlannedWeek pressDay(AccountSummary who) {
        PlannedWeek week = people.as(
                who,
                () -> plans.addSession(
                        lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Push day"));
        String session = sessionId(week);
        for (String slug : List.of(CatalogSlugs.BENCH_PRESS, CatalogSlugs.OVERHEAD_PRESS, CatalogSlugs.DIPS)) {
            PlannedWeek before = week;
            week = people.as(
                    who, () -> plans.addExercise(lifter.id(), MONDAY, before.version(), session, BlockType.MAIN, slug));
        }
        return week;
    }

    private static String sessionId(PlannedWeek week) {
        return week.plan().sessions().findFirst().orElseThrow().id();
    }

    private static Prescription line(PlannedWeek week, String slug) {
        return week.plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .filter(p -> p.exercise().slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> titles(WeekPlan week) {
        return week.sessions().map(Session::title).toList();
    }
}
