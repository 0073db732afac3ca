package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.exercise.CustomExercise;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseDraft;
import org.upright.planner.exercise.MovementPattern;

/**
 * Plan content a screen hands over (an earlier week to restore, a template to apply) cannot bring
 * into a lifter's week an exercise that does not belong there: a lifter's weeks hold built-in
 * exercises and their own coaches' exercises only — never another coach's private or deleted one.
 * A coach's exercise the lifter had stays usable after the coach deleted it or the coaching ended,
 * so undoing and copying lose nothing.
 */
@DatabaseTest
class PlanContentAccessTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WeekPlanService plans;

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    AccountSummary lifter;
    AccountSummary strangerCoach;
    Exercise strangersPrivateExercise;

    @BeforeEach
    void setUp() {
        lifter = people.lifter("Self Coached");
        strangerCoach = people.coach("Stranger Coach");
        strangersPrivateExercise = addExercise(strangerCoach, "Secret row").exercise();
    }

    @Test
    void restoringAWeekCannotSmuggleInAnotherCoachsPrivateExercise() {
        PlannedWeek week = people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Pull"));
        WeekPlan forged = weekWith(strangersPrivateExercise);

        assertThatThrownBy(() -> people.as(lifter, () -> plans.restore(lifter.id(), week.version(), forged)))
                .isInstanceOf(PlanEditRejected.class)
                .hasMessage("That exercise is not in the catalogue.");
        assertThat(storedSlugs()).doesNotContain(strangersPrivateExercise.slug());
    }

    @Test
    void applyingATemplateCannotSmuggleInAnotherCoachsPrivateExercise() {
        WeekTemplate forged = new WeekTemplate(
                "forged",
                "Forged",
                "",
                false,
                List.of(new WeekTemplate.Day(
                        DayOfWeek.MONDAY,
                        weekWith(strangersPrivateExercise)
                                .sessions()
                                .findFirst()
                                .orElseThrow())));

        assertThatThrownBy(() -> people.as(
                        lifter, () -> plans.applyTemplate(lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, forged)))
                .isInstanceOf(PlanEditRejected.class)
                .hasMessage("That exercise is not in the catalogue.");
        assertThat(storedSlugs()).doesNotContain(strangersPrivateExercise.slug());
    }

    @Test
    void restoringCannotBringInAnExerciseAnotherCoachDeleted() {
        CustomExercise deleted = addExercise(strangerCoach, "Band W");
        people.as(strangerCoach, () -> catalog.delete(deleted.slug(), deleted.version()));
        PlannedWeek week = people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Pull"));

        assertThatThrownBy(() -> people.as(
                        lifter, () -> plans.restore(lifter.id(), week.version(), weekWith(deleted.exercise()))))
                .isInstanceOf(PlanEditRejected.class);
        assertThat(storedSlugs()).doesNotContain(deleted.slug());
    }

    @Test
    void undoingARemovalPutsBackAnExerciseTheCoachHasSinceDeleted() {
        AccountSummary coach = people.coach("Own Coach");
        people.coaches(coach, lifter, false);
        CustomExercise own = addExercise(coach, "Band W");
        PlannedWeek before = people.as(coach, () -> {
            PlannedWeek added =
                    plans.addSession(lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Pull");
            return plans.addExercise(
                    lifter.id(),
                    MONDAY,
                    added.version(),
                    added.plan().sessions().findFirst().orElseThrow().id(),
                    BlockType.MAIN,
                    own.slug());
        });
        people.as(coach, () -> catalog.delete(own.slug(), own.version()));
        String prescription = before.plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .findFirst()
                .orElseThrow()
                .id();
        PlannedWeek removed =
                people.as(lifter, () -> plans.removePrescription(lifter.id(), MONDAY, before.version(), prescription));

        // undo of the removal puts back what the week held a moment ago
        PlannedWeek undone = people.as(lifter, () -> plans.restore(lifter.id(), removed.version(), before.plan()));

        assertThat(undone.plan()).isEqualTo(before.plan());
    }

    @Test
    void copyingTheLiftersOwnPreviousWeekKeepsAFormerCoachsExercise() {
        AccountSummary formerCoach = people.coach("Former Coach");
        people.coaches(formerCoach, lifter, false);
        CustomExercise theirs = addExercise(formerCoach, "Band Y");
        people.as(formerCoach, () -> {
            PlannedWeek added =
                    plans.addSession(lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Pull");
            return plans.addExercise(
                    lifter.id(),
                    MONDAY,
                    added.version(),
                    added.plan().sessions().findFirst().orElseThrow().id(),
                    BlockType.MAIN,
                    theirs.slug());
        });
        jdbc.update("update coaching set ended_at = current_timestamp where lifter_id = ?", lifter.id());

        PlannedWeek copy = people.as(
                lifter, () -> plans.copyPreviousWeek(lifter.id(), MONDAY.plusWeeks(1), PlannedWeek.NOT_SAVED));

        assertThat(copy.plan().sessions().flatMap(Session::prescriptions))
                .extracting(p -> p.exercise().slug())
                .containsExactly(theirs.slug());
    }

    private WeekPlan weekWith(Exercise exercise) {
        Session session = Session.of(
                "s1",
                SessionKind.STRENGTH,
                "Pull",
                Block.of(BlockType.MAIN, Prescription.of("p1", exercise, exercise.defaultDose())));
        return WeekEdits.addSessionCopy(WeekPlan.empty(MONDAY), MONDAY, session);
    }

    private List<String> storedSlugs() {
        return people.as(lifter, () -> plans.week(lifter.id(), MONDAY))
                .plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .map(p -> p.exercise().slug())
                .toList();
    }

    private CustomExercise addExercise(AccountSummary coach, String name) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        return people.as(
                coach,
                () -> catalog.add(new ExerciseDraft(
                        unique,
                        Set.of(Equipment.RESISTANCE_BAND),
                        false,
                        MovementPattern.HORIZONTAL_PULL,
                        Set.of(),
                        DoseType.REPS,
                        3,
                        10,
                        12,
                        List.of("Pull the band to the ribs."),
                        "Works the upper back.",
                        "")));
    }
}
