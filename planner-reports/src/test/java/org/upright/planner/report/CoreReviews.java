package org.upright.planner.report;

import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewCalculator;
import org.upright.planner.review.ReviewInput;
import org.upright.planner.review.ReviewNote;
import org.upright.planner.review.SessionLog;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.RedFlagCheck;

/**
 * Reviews as the core calculates them, for testing the mapping to the printed sheet. Weeks end with
 * the week of Monday 4 May 2026 (2026-W19).
 */
final class CoreReviews {

    static final LocalDate LAST = LocalDate.of(2026, 5, 4);
    static final BuiltInCatalog CATALOGUE = BuiltInCatalog.instance();
    static final LifterProfile PROFILE =
            LifterProfile.withUpperBackCare(Set.of(Equipment.RESISTANCE_BAND, Equipment.DUMBBELL, Equipment.BARBELL));
    static final Targets TARGETS = Targets.defaultsFor(PROFILE);
    static final ReviewCalculator CALCULATOR = new ReviewCalculator(CATALOGUE);

    private CoreReviews() {}

    static LocalDate week(int weeksBeforeLast) {
        return LAST.minusWeeks(weeksBeforeLast);
    }

    /** Four sessions a week: two upper-body days and two routines; balanced rows 6 sets, else 1. */
    static WeekPlan plan(LocalDate monday, boolean balanced) {
        int rows = balanced ? 6 : 1;
        return new WeekPlan(
                monday,
                List.of(
                        PlanDay.of(monday, upper("mon", rows)),
                        PlanDay.of(monday.plusDays(1), routine("tue")),
                        PlanDay.of(monday.plusDays(3), routine("thu")),
                        PlanDay.of(monday.plusDays(4), upper("fri", rows))));
    }

    /** The plan with the first {@code done} sessions logged done and the rest skipped, plus check-ins. */
    static WeekRecord logged(LocalDate monday, boolean balanced, int done, int painBefore, int painAfter) {
        WeekPlan plan = plan(monday, balanced);
        List<SessionLog> logs = new ArrayList<>();
        List<PlanDay> days = plan.days();
        for (int i = 0; i < days.size(); i++) {
            PlanDay day = days.get(i);
            String id = day.sessions().getFirst().id();
            logs.add(i < done ? SessionLog.Done.on(day.date(), id) : new SessionLog.Skipped(id, day.date(), "busy"));
        }
        List<PainReading> pain = List.of(
                PainReading.before(monday, painBefore),
                PainReading.after(monday, painAfter),
                PainReading.before(monday.plusDays(4), painBefore),
                PainReading.after(monday.plusDays(4), painAfter));
        return new WeekRecord(plan, logs, pain, List.of());
    }

    /** Six steady weeks: pull catches up with push, pain falls from 6 to 2, nearly every session done. */
    static List<WeekRecord> improving() {
        List<WeekRecord> weeks = new ArrayList<>();
        for (int back = 5; back >= 0; back--) {
            weeks.add(logged(week(back), back < 4, 4, 1 + back, back));
        }
        return weeks;
    }

    static LifterReview review(String name, List<WeekRecord> weeks, List<RedFlagCheck> checks, String note) {
        var report = CALCULATOR.review(new ReviewInput(weeks, PROFILE, TARGETS, checks, List.of()));
        return new LifterReview(
                7L,
                name,
                Optional.of("Δημήτρης Παπαδόπουλος"),
                report,
                TARGETS,
                Optional.ofNullable(note).map(text -> new ReviewNote(text, "Δημήτρης Παπαδόπουλος", Instant.EPOCH, 0)),
                LAST.plusDays(8));
    }

    static LifterReview review(List<WeekRecord> weeks) {
        return review("Zoë Łukasiewicz-Ångström", weeks, List.of(), null);
    }

    /** Weeks with nothing planned and nothing logged. */
    static List<WeekRecord> empty(int count) {
        List<WeekRecord> weeks = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            weeks.add(WeekRecord.planOnly(WeekPlan.empty(week(back))));
        }
        return weeks;
    }

    private static Prescription p(String id, String slug, Dose dose) {
        return Prescription.fromSlug(id, slug, dose, CATALOGUE);
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
}
