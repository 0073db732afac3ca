package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CustomExercise;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseDraft;
import org.upright.planner.exercise.MovementPattern;

/**
 * A lifter's weeks hold built-in exercises and their own coaches' exercises, nothing else —
 * whichever way content comes in. The screens no longer hand over plan content (restoring a week
 * and applying a caller's template became edits by reference, docs/adr/0009), but content still
 * travels between weeks on the server: a coach's saved template can hold a former coach's private
 * exercise from another client's week. A coach's exercise the lifter had stays usable after the
 * coach deleted it or the coaching ended, so undoing and copying lose nothing.
 */
@DatabaseTest
class PlanContentAccessTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WeekPlanService plans;

    @Autowired
    TemplateService templates;

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    AccountSummary lifter;

    @BeforeEach
    void setUp() {
        lifter = people.lifter("Lifter");
    }

    @Test
    void aCoachsTemplateCannotCarryAFormerCoachsPrivateExerciseIntoAnotherClientsWeek() {
        AccountSummary formerCoach = people.coach("Former Coach");
        AccountSummary coach = people.coach("Coach");
        AccountSummary otherClient = people.lifter("Other Client");
        people.coaches(formerCoach, lifter, false);
        CustomExercise theirs = addExercise(formerCoach, "Secret row");
        planWith(formerCoach, lifter, MONDAY, theirs);
        jdbc.update(
                "update coaching set ended_at = current_timestamp, current_lifter_id = null where lifter_id = ?",
                lifter.id());
        people.coaches(coach, lifter, false);
        people.coaches(coach, otherClient, false);
        WeekTemplate kept = people.as(coach, () -> templates.saveWeekAsTemplate(lifter.id(), MONDAY, "Kept", false));

        assertThatThrownBy(() -> people.as(
                        coach,
                        () -> plans.applyTemplate(
                                otherClient.id(), MONDAY, PlannedWeek.NOT_SAVED, kept.id(), ExistingSessions.KEEP)))
                .isInstanceOf(PlanEditRejected.class)
                .hasMessage("That exercise is not in the catalogue.");
        assertThat(slugsOf(coach, otherClient, MONDAY)).doesNotContain(theirs.slug());
    }

    @Test
    void aCoachsTemplateWithTheirOwnExerciseGoesIntoTheirClientsWeek() {
        AccountSummary coach = people.coach("Coach");
        AccountSummary otherClient = people.lifter("Other Client");
        people.coaches(coach, lifter, false);
        people.coaches(coach, otherClient, false);
        CustomExercise own = addExercise(coach, "Band W");
        planWith(coach, lifter, MONDAY, own);
        WeekTemplate kept = people.as(coach, () -> templates.saveWeekAsTemplate(lifter.id(), MONDAY, "Kept", false));

        people.as(
                coach,
                () -> plans.applyTemplate(
                        otherClient.id(), MONDAY, PlannedWeek.NOT_SAVED, kept.id(), ExistingSessions.KEEP));

        assertThat(slugsOf(coach, otherClient, MONDAY)).containsExactly(own.slug());
    }

    @Test
    void undoingARemovalPutsBackAnExerciseTheCoachHasSinceDeleted() {
        AccountSummary coach = people.coach("Own Coach");
        people.coaches(coach, lifter, false);
        CustomExercise own = addExercise(coach, "Band W");
        PlannedWeek before = planWith(coach, lifter, MONDAY, own);
        people.as(coach, () -> catalog.delete(own.slug(), own.version()));
        String line = before.plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .findFirst()
                .orElseThrow()
                .id();
        PlannedWeek removed =
                people.as(lifter, () -> plans.removePrescription(lifter.id(), MONDAY, before.version(), line));

        PlannedWeek undone =
                people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, removed.version(), removed.version()));

        assertThat(undone.plan()).isEqualTo(before.plan());
    }

    @Test
    void copyingTheLiftersOwnPreviousWeekKeepsAFormerCoachsExercise() {
        AccountSummary formerCoach = people.coach("Former Coach");
        people.coaches(formerCoach, lifter, false);
        CustomExercise theirs = addExercise(formerCoach, "Band Y");
        planWith(formerCoach, lifter, MONDAY, theirs);
        jdbc.update(
                "update coaching set ended_at = current_timestamp, current_lifter_id = null where lifter_id = ?",
                lifter.id());

        PlannedWeek copy = people.as(
                lifter,
                () -> plans.copyPreviousWeek(
                        lifter.id(), MONDAY.plusWeeks(1), PlannedWeek.NOT_SAVED, ExistingSessions.KEEP));

        assertThat(copy.plan().sessions().flatMap(Session::prescriptions))
                .extracting(p -> p.exercise().slug())
                .containsExactly(theirs.slug());
    }

    /** A strength session with {@code exercise}, planned by {@code who} into the lifter's week. */
    private PlannedWeek planWith(
            AccountSummary who, AccountSummary forLifter, LocalDate monday, CustomExercise exercise) {
        return people.as(who, () -> {
            PlannedWeek added = plans.addSession(
                    forLifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Pull");
            return plans.addExercise(
                    forLifter.id(),
                    monday,
                    added.version(),
                    added.plan().sessions().findFirst().orElseThrow().id(),
                    BlockType.MAIN,
                    exercise.slug());
        });
    }

    private List<String> slugsOf(AccountSummary who, AccountSummary forLifter, LocalDate monday) {
        return people.as(who, () -> plans.week(forLifter.id(), monday))
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
