package org.upright.planner.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;

/**
 * Test helper: weeks built and edited at random through the planner's own edits ({@link WeekEdits}),
 * from a seed, so that a failing property names the seed that reproduces it. An edit the week
 * refuses (a full day, nothing left to remove) is simply not made.
 */
final class RandomPlanEdits {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static final List<Exercise> EXERCISES = BuiltInCatalog.instance().all();
    private static final SessionKind[] KINDS = SessionKind.values();
    private static final BlockType[] BLOCKS = BlockType.values();
    private static final List<WeekTemplate> TEMPLATES = BuiltInTemplates.all();

    private final Random random;

    RandomPlanEdits(long seed) {
        random = new Random(seed);
    }

    /** A week of a few sessions with a few exercises each (sometimes crowded, sometimes empty). */
    WeekPlan week() {
        WeekPlan week = WeekPlan.empty(MONDAY);
        int sessions = random.nextInt(random.nextInt(5) == 0 ? 20 : 8);
        for (int i = 0; i < sessions; i++) {
            week = tryEdit(week, this::addSession);
        }
        int lines = random.nextInt(30);
        for (int i = 0; i < lines; i++) {
            week = tryEdit(week, this::addLine);
        }
        return week;
    }

    /** {@code count} random edits one after another, as one person might make them in a row. */
    WeekPlan edits(WeekPlan week, int count) {
        WeekPlan result = week;
        for (int i = 0; i < count; i++) {
            result = edit(result);
        }
        return result;
    }

    /** One random edit of any kind the planner offers. */
    WeekPlan edit(WeekPlan week) {
        return switch (random.nextInt(11)) {
            case 0 -> tryEdit(week, this::addSession);
            case 1 -> tryEdit(week, this::removeSession);
            case 2 -> tryEdit(week, this::moveSession);
            case 3 -> tryEdit(week, this::renameSession);
            case 4, 5 -> tryEdit(week, this::addLine);
            case 6 -> tryEdit(week, this::removeLine);
            case 7 -> tryEdit(week, this::moveLine);
            case 8, 9 -> tryEdit(week, this::changeLine);
            default -> tryEdit(week, this::addTemplateSession);
        };
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private interface Edit {
        WeekPlan apply(WeekPlan week);
    }

    private static WeekPlan tryEdit(WeekPlan week, Edit edit) {
        try {
            return edit.apply(week);
        } catch (PlanEditRejected | IllegalArgumentException full) {
            return week;
        }
    }

    private WeekPlan addSession(WeekPlan week) {
        return WeekEdits.addSession(week, day(), KINDS[random.nextInt(KINDS.length)], "Session " + random.nextInt(100));
    }

    private WeekPlan addTemplateSession(WeekPlan week) {
        List<WeekTemplate.Day> days =
                TEMPLATES.get(random.nextInt(TEMPLATES.size())).sessions();
        return WeekEdits.addSessionCopy(
                week, day(), days.get(random.nextInt(days.size())).session());
    }

    private WeekPlan removeSession(WeekPlan week) {
        return WeekEdits.removeSession(week, anySession(week).id());
    }

    private WeekPlan moveSession(WeekPlan week) {
        return WeekEdits.moveSession(week, anySession(week).id(), day(), random.nextInt(4));
    }

    private WeekPlan renameSession(WeekPlan week) {
        Session session = anySession(week);
        return random.nextBoolean()
                ? WeekEdits.renameSession(week, session.id(), session.kind(), "Renamed " + random.nextInt(100))
                : WeekEdits.renameSession(week, session.id(), KINDS[random.nextInt(KINDS.length)], session.title());
    }

    private WeekPlan addLine(WeekPlan week) {
        Exercise exercise = EXERCISES.get(random.nextInt(EXERCISES.size()));
        return WeekEdits.addPrescription(
                week,
                anySession(week).id(),
                BLOCKS[random.nextInt(BLOCKS.length)],
                random.nextInt(5),
                Prescription.of("new", exercise, exercise.defaultDose()));
    }

    private WeekPlan removeLine(WeekPlan week) {
        return WeekEdits.removePrescription(week, anyLine(week).id());
    }

    private WeekPlan moveLine(WeekPlan week) {
        return WeekEdits.movePrescription(
                week,
                anyLine(week).id(),
                anySession(week).id(),
                BLOCKS[random.nextInt(BLOCKS.length)],
                random.nextInt(4));
    }

    private WeekPlan changeLine(WeekPlan week) {
        Prescription line = anyLine(week);
        Prescription changed = switch (random.nextInt(4)) {
            case 0 ->
                new Prescription(
                        line.id(),
                        line.exercise(),
                        new Dose(
                                line.dose().type(),
                                1 + random.nextInt(6),
                                line.dose().low(),
                                line.dose().high(),
                                line.dose().perSide()),
                        line.loadKg(),
                        line.effort(),
                        line.note());
            case 1 -> line.withLoadKg(random.nextInt(40) * 2.5);
            case 2 -> line.withEffort(EffortTarget.rpe(6 + random.nextInt(5)));
            default -> line.withNote("note " + random.nextInt(100));
        };
        return WeekEdits.changePrescription(week, changed);
    }

    private LocalDate day() {
        return MONDAY.plusDays(random.nextInt(7));
    }

    private Session anySession(WeekPlan week) {
        List<Session> sessions = week.sessions().toList();
        if (sessions.isEmpty()) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.sessionGone"));
        }
        return sessions.get(random.nextInt(sessions.size()));
    }

    private Prescription anyLine(WeekPlan week) {
        List<Prescription> lines =
                week.sessions().flatMap(Session::prescriptions).toList();
        if (lines.isEmpty()) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.exerciseGone"));
        }
        return lines.get(random.nextInt(lines.size()));
    }
}
