package org.upright.planner.review;

import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.Targets;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.safety.PainReading;

/** Test helper: weeks of plans, logs and check-ins for reviews. Week 0 starts on Monday 1 September 2025. */
final class ReviewWeeks {

    static final LocalDate FIRST = LocalDate.of(2025, 9, 1);
    static final BuiltInCatalog CATALOGUE = BuiltInCatalog.instance();
    static final LifterProfile LIFTER =
            LifterProfile.withUpperBackCare(Set.of(Equipment.RESISTANCE_BAND, Equipment.DUMBBELL, Equipment.BARBELL));
    static final Targets TARGETS = Targets.defaultsFor(LIFTER);
    static final ReviewCalculator CALCULATOR = new ReviewCalculator(CATALOGUE);

    private ReviewWeeks() {}

    static LocalDate week(int n) {
        return FIRST.plusWeeks(n);
    }

    private static Prescription p(String id, String slug, Dose dose) {
        return Prescription.fromSlug(id, slug, dose, CATALOGUE);
    }

    /**
     * Four sessions: Monday upper body, Tuesday and Thursday routines, Friday upper body. With
     * {@code balanced} the rows outweigh the pressing 1.5 : 1; without, pressing dominates.
     */
    static WeekPlan plan(int n, boolean balanced) {
        LocalDate monday = week(n);
        int rows = balanced ? 6 : 2;
        List<PlanDay> days = new ArrayList<>();
        days.add(PlanDay.of(monday, upper("mon", rows)));
        days.add(PlanDay.of(monday.plusDays(1), routine("tue")));
        days.add(PlanDay.of(monday.plusDays(3), routine("thu")));
        days.add(PlanDay.of(monday.plusDays(4), upper("fri", rows)));
        return new WeekPlan(monday, days);
    }

    private static Session upper(String id, int rowSets) {
        return Session.of(
                id,
                SessionKind.STRENGTH,
                "Upper body",
                Block.of(BlockType.WARM_UP, p(id + "-w", THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))),
                Block.of(BlockType.MAIN, p(id + "-1", BENCH_PRESS, Dose.reps(4, 6, 8))),
                Block.of(BlockType.ACCESSORY, p(id + "-2", DUMBBELL_ROW, Dose.repsPerSide(rowSets, 10, 10))));
    }

    private static Session routine(String id) {
        return Session.of(
                id,
                SessionKind.BACK_CARE_ROUTINE,
                "Upper-back routine",
                Block.of(BlockType.WARM_UP, p(id + "-w", THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))),
                Block.of(BlockType.MAIN, p(id + "-1", DOORWAY_PEC_STRETCH, Dose.hold(2, 30, 30, true))),
                Block.of(BlockType.COOL_DOWN, p(id + "-2", DIAPHRAGMATIC_BREATHING, Dose.minutes(8, 8))));
    }

    /** The plan of week {@code n} with the first {@code done} of its sessions logged done, the rest skipped. */
    static WeekRecord week(int n, boolean balanced, int done, int... painBeforeAndAfter) {
        WeekPlan plan = plan(n, balanced);
        List<SessionLog> logs = new ArrayList<>();
        List<Session> sessions = plan.sessions().toList();
        List<LocalDate> dates = plan.days().stream()
                .flatMap(d -> d.sessions().stream().map(s -> d.date()))
                .toList();
        for (int i = 0; i < sessions.size(); i++) {
            logs.add(
                    i < done
                            ? SessionLog.Done.on(dates.get(i), sessions.get(i).id())
                            : new SessionLog.Skipped(sessions.get(i).id(), dates.get(i), "busy"));
        }
        return new WeekRecord(plan, logs, pain(n, painBeforeAndAfter), List.of());
    }

    /** Readings alternating before, after, before… across the days of week {@code n}. */
    static List<PainReading> pain(int n, int... scores) {
        List<PainReading> readings = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            LocalDate day = week(n).plusDays(i % 7);
            readings.add(i % 2 == 0 ? PainReading.before(day, scores[i]) : PainReading.after(day, scores[i]));
        }
        return readings;
    }

    static ReviewReport review(List<WeekRecord> weeks) {
        return CALCULATOR.review(ReviewInput.of(weeks, LIFTER, TARGETS));
    }
}
