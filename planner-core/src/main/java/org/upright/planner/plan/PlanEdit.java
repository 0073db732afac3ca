package org.upright.planner.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.Dose;

/**
 * An edit a planner asks for, by reference: ids of what it is about, an exercise's slug, a
 * template's id — never plan content, which the service takes only from its own records. Being
 * data, an edit can be asked for again on a newer version of the week ("apply my change again",
 * {@link WeekPlanService#reapply}).
 */
public sealed interface PlanEdit {

    /** @param time when it starts, in the lifter's zone; null for "any time that day" */
    record AddSession(LocalDate date, SessionKind kind, String title, LocalTime time) implements PlanEdit {
        public AddSession(LocalDate date, SessionKind kind, String title) {
            this(date, kind, title, null);
        }
    }

    record RenameSession(String sessionId, SessionKind kind, String title) implements PlanEdit {}

    record RemoveSession(String sessionId) implements PlanEdit {}

    /** @param time when the session starts, in the lifter's zone; null for "any time that day" */
    record SetSessionTime(String sessionId, LocalTime time) implements PlanEdit {}

    /** @param position 0 = first that day; past the end appends */
    record MoveSession(String sessionId, LocalDate to, int position) implements PlanEdit {}

    /** Adds an exercise with its default dose at the end of a block. */
    record AddExercise(String sessionId, BlockType block, String exerciseSlug) implements PlanEdit {}

    record RemoveExercise(String prescriptionId) implements PlanEdit {}

    /** @param position 0 = first in the block; past the end appends */
    record MoveExercise(String prescriptionId, String toSessionId, BlockType toBlock, int position)
            implements PlanEdit {}

    /** New dose, load (kilograms), effort target and note for one exercise. */
    record ChangeDose(String prescriptionId, Dose dose, Double loadKg, EffortTarget effort, String note)
            implements PlanEdit {}

    /** Last week's sessions, on the same days of the week. */
    record CopyPreviousWeek(ExistingSessions existing) implements PlanEdit {
        public CopyPreviousWeek {
            Objects.requireNonNull(existing, "say what happens to the sessions already planned");
        }
    }

    /** @param templateId a built-in template's id, or one of the caller's own saved templates */
    record UseTemplate(String templateId, ExistingSessions existing) implements PlanEdit {
        public UseTemplate {
            Objects.requireNonNull(templateId, "template id");
            Objects.requireNonNull(existing, "say what happens to the sessions already planned");
        }
    }

    /** The fix the rules offer for one finding, as they make it for the week. */
    record ApplyFix(FindingRef finding) implements PlanEdit {}

    /** Every fix the rules offer for the week, as one change. */
    record ApplyAllFixes() implements PlanEdit {}

    /**
     * Takes back the change that made version {@code revision} of the week — one of the caller's
     * own — by applying its reverse to the week as stored now. Undoing an undo is a redo.
     */
    record Undo(long revision) implements PlanEdit {}
}
