package org.upright.planner.benchmarks;

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
import org.upright.planner.review.HabitTick;
import org.upright.planner.review.ReviewInput;
import org.upright.planner.review.SessionLog;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.PainReading;

/**
 * Realistic inputs for the benchmarks: a six-session week of about forty prescriptions, built from
 * the built-in catalogue, and a six-week review of such weeks with logs, check-ins and habits.
 */
final class BenchmarkPlans {

    static final BuiltInCatalog CATALOGUE = BuiltInCatalog.instance();
    static final LifterProfile LIFTER = LifterProfile.withUpperBackCare(Set.of(
            Equipment.RESISTANCE_BAND,
            Equipment.DUMBBELL,
            Equipment.BARBELL,
            Equipment.BENCH,
            Equipment.CABLE,
            Equipment.PULL_UP_BAR,
            Equipment.FOAM_ROLLER));
    static final Targets TARGETS = Targets.defaultsFor(LIFTER);
    static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 9, 1);

    private BenchmarkPlans() {}

    /**
     * Six sessions, 40 prescriptions: upper/lower split plus a mobility session and a routine.
     * Pressing slightly outweighs pulling and one session skips its thoracic warm-up, so several
     * rules fire and build suggestions, as in a real week.
     */
    static WeekPlan week(LocalDate monday, int extraBenchSets) {
        Ids ids = new Ids(monday);
        List<PlanDay> days = new ArrayList<>();
        days.add(PlanDay.of(
                monday,
                session(
                        ids,
                        SessionKind.STRENGTH,
                        "Upper A",
                        block(
                                ids,
                                BlockType.WARM_UP,
                                line(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10)),
                                line(BAND_PULL_APART, Dose.reps(1, 15, 20)),
                                line(SHOULDER_CIRCLES, Dose.minutes(1, 1))),
                        block(
                                ids,
                                BlockType.MAIN,
                                line(BENCH_PRESS, Dose.reps(4 + extraBenchSets, 5, 8)),
                                line(BARBELL_ROW, Dose.reps(4, 6, 10))),
                        block(
                                ids,
                                BlockType.ACCESSORY,
                                line(INCLINE_PRESS, Dose.reps(3, 8, 12)),
                                line(FACE_PULL, Dose.reps(3, 12, 15)),
                                line(PUSH_UP, Dose.reps(2, 10, 15))),
                        block(ids, BlockType.COOL_DOWN, line(DOORWAY_PEC_STRETCH, Dose.hold(2, 20, 30, true))))));
        days.add(PlanDay.of(
                monday.plusDays(1),
                session(
                        ids,
                        SessionKind.STRENGTH,
                        "Lower A",
                        block(ids, BlockType.WARM_UP, line(CAT_COW, Dose.rounds(1, 8, 12))),
                        block(
                                ids,
                                BlockType.MAIN,
                                line(SQUAT, Dose.reps(4, 5, 8)),
                                line(ROMANIAN_DEADLIFT, Dose.reps(3, 8, 10))),
                        block(
                                ids,
                                BlockType.ACCESSORY,
                                line(LUNGE, Dose.repsPerSide(3, 8, 10)),
                                line(PLANK, Dose.hold(3, 30, 45, false)),
                                line(FARMER_CARRY, Dose.hold(3, 30, 40, false))))));
        days.add(PlanDay.of(
                monday.plusDays(2),
                session(
                        ids,
                        SessionKind.MOBILITY,
                        "Mobility",
                        block(
                                ids,
                                BlockType.MAIN,
                                line(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10)),
                                line(CAT_COW, Dose.rounds(1, 8, 12)),
                                line(CHILDS_POSE_WITH_REACH, Dose.hold(2, 20, 30, true)),
                                line(FOAM_ROLLER, Dose.minutes(1, 2))),
                        block(ids, BlockType.COOL_DOWN, line(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5))))));
        days.add(PlanDay.of(
                monday.plusDays(3),
                session(
                        ids,
                        SessionKind.STRENGTH,
                        "Upper B",
                        // no thoracic drill before the press: one finding
                        block(ids, BlockType.WARM_UP, line(SHOULDER_CIRCLES, Dose.minutes(1, 1))),
                        block(
                                ids,
                                BlockType.MAIN,
                                line(OVERHEAD_PRESS, Dose.reps(4, 5, 8)),
                                line(PULL_UP, Dose.reps(4, 5, 8))),
                        block(
                                ids,
                                BlockType.ACCESSORY,
                                line(DIPS, Dose.reps(3, 8, 12)),
                                line(DUMBBELL_ROW, Dose.repsPerSide(3, 8, 12)),
                                line(PRONE_Y_RAISE, Dose.reps(2, 8, 12))))));
        days.add(PlanDay.of(
                monday.plusDays(4),
                session(
                        ids,
                        SessionKind.STRENGTH,
                        "Lower B",
                        block(ids, BlockType.WARM_UP, line(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))),
                        block(
                                ids,
                                BlockType.MAIN,
                                line(DEADLIFT, Dose.reps(3, 3, 5)),
                                line(SQUAT, Dose.reps(3, 8, 10))),
                        block(
                                ids,
                                BlockType.ACCESSORY,
                                line(SEATED_CABLE_ROW, Dose.reps(3, 10, 12)),
                                line(PLANK, Dose.hold(3, 30, 45, false)),
                                line(FARMER_CARRY, Dose.hold(2, 30, 40, false))))));
        days.add(PlanDay.of(
                monday.plusDays(5),
                session(
                        ids,
                        SessionKind.BACK_CARE_ROUTINE,
                        "Upper-back routine",
                        block(
                                ids,
                                BlockType.WARM_UP,
                                line(SHOULDER_CIRCLES, Dose.minutes(1, 1)),
                                line(NECK_ROLLS, Dose.minutes(1, 1)),
                                line(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))),
                        block(
                                ids,
                                BlockType.MAIN,
                                line(DOORWAY_PEC_STRETCH, Dose.hold(2, 30, 30, true)),
                                line(BAND_ROW, Dose.reps(3, 10, 10)),
                                line(PRONE_Y_RAISE, Dose.reps(2, 10, 10))),
                        block(
                                ids,
                                BlockType.COOL_DOWN,
                                line(FOAM_ROLLER, Dose.minutes(1, 2)),
                                line(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5))))));
        return new WeekPlan(monday, days);
    }

    /** Six weeks of plans, logs (about 80 % done), pain check-ins before and after, and two habits. */
    static ReviewInput sixWeekReview() {
        List<WeekRecord> weeks = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            LocalDate monday = FIRST_MONDAY.plusWeeks(n);
            WeekPlan plan = week(monday, n % 3);
            List<SessionLog> logs = new ArrayList<>();
            List<PainReading> pain = new ArrayList<>();
            List<HabitTick> habits = new ArrayList<>();
            int i = 0;
            for (PlanDay day : plan.days()) {
                for (Session s : day.sessions()) {
                    logs.add(
                            i++ % 5 == 4
                                    ? new SessionLog.Skipped(s.id(), day.date(), "tired")
                                    : new SessionLog.Done(s.id(), day.date(), 7));
                    pain.add(PainReading.before(day.date(), Math.max(0, 6 - n)));
                    pain.add(PainReading.after(day.date(), Math.max(0, 5 - n)));
                }
            }
            for (int d = 0; d < 7; d++) {
                habits.add(new HabitTick(monday.plusDays(d), "Movement break every 45 minutes"));
                if (d % 2 == 0) {
                    habits.add(new HabitTick(monday.plusDays(d), "Breathing before bed"));
                }
            }
            weeks.add(new WeekRecord(plan, logs, pain, habits));
        }
        return new ReviewInput(weeks, LIFTER, TARGETS, List.of(), List.of());
    }

    private record Line(String slug, Dose dose) {}

    private static Line line(String slug, Dose dose) {
        return new Line(slug, dose);
    }

    private static Block block(Ids ids, BlockType type, Line... lines) {
        List<Prescription> ps = new ArrayList<>();
        for (Line l : lines) {
            ps.add(Prescription.fromSlug(ids.next("p"), l.slug(), l.dose(), CATALOGUE));
        }
        return new Block(type, ps);
    }

    private static Session session(Ids ids, SessionKind kind, String title, Block... blocks) {
        return new Session(ids.next("s"), kind, title, List.of(blocks));
    }

    private static final class Ids {
        private final String prefix;
        private int n;

        Ids(LocalDate monday) {
            this.prefix = monday.toString() + "-";
        }

        String next(String kind) {
            return prefix + kind + ++n;
        }
    }
}
