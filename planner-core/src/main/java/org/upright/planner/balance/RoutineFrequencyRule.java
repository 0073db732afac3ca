package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;

/**
 * §3.5 Back-care routine frequency, only for lifters with upper-back care: days with a
 * {@code BACK_CARE_ROUTINE} session of 10–20 estimated minutes, at least four a week by default.
 * Below → {@code WARNING}. A routine outside 10–20 minutes does not count: that is the guide's
 * window, and a 40-minute "routine" is a different kind of session.
 *
 * <p>Suggestion: the guide's sample routine on the missing days — shoulder circles and neck rolls,
 * thoracic rotation, doorway pec stretch, band rows (scapular squeezes without a band), prone Y
 * raises, a short foam-roller pass (left out without a roller), and five minutes of breathing; about
 * 19 minutes by {@link DurationEstimate}. Days are spread out (no neighbours where the week allows),
 * preferring days without any routine, then the lightest days.
 */
public final class RoutineFrequencyRule implements BalanceRule {

    static final long MIN_ROUTINE_SECONDS = 10 * 60;
    static final long MAX_ROUTINE_SECONDS = 20 * 60;
    static final String SESSION_TITLE = "Upper-back routine";

    @Override
    public RuleId id() {
        return RuleId.ROUTINE_FREQUENCY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (!context.profile().upperBackCare()) {
            return List.of();
        }
        WeekFacts facts = context.facts();
        Set<LocalDate> routineDays = facts.routineDays();
        int target = context.targets().routineDays();
        if (routineDays.size() >= target) {
            return List.of();
        }
        WeekPlan week = facts.week();
        List<LocalDate> candidates = week.dates().stream()
                .filter(d -> !routineDays.contains(d) && week.hasRoomOn(d))
                .sorted(Comparator.comparing((LocalDate d) -> hasAnyRoutine(facts, d))
                        .thenComparingLong(facts::daySeconds))
                .toList();
        SuggestionKit kit = context.kit("rt");
        List<Suggestion> suggestions = new ArrayList<>();
        int room = WeekPlan.MAX_SESSIONS_PER_WEEK - week.sessionCount();
        int strengthRoom = context.strengthRoom();
        PressTrims trims = new PressTrims(context);
        for (LocalDate day : DayPicker.spread(candidates, routineDays, Math.min(room, target - routineDays.size()))) {
            Session routine = sampleRoutine(kit);
            long seconds = DurationEstimate.seconds(routine);
            if (seconds < MIN_ROUTINE_SECONDS || seconds > MAX_ROUTINE_SECONDS) {
                break; // the catalogue lacks too many of the drills to make a routine worth offering
            }
            // its rows and raises are strength sets: within last week's volume, or pressing trimmed
            int strength = SessionFacts.of(day, routine).strengthSets();
            if (strength > (long) strengthRoom + trims.trimmable()) {
                break;
            }
            for (int i = 0; i < strength; i++) {
                if (strengthRoom > 0) {
                    strengthRoom--;
                } else {
                    trims.trimOne(null);
                }
            }
            suggestions.add(new Suggestion.AddSession(
                    day,
                    routine,
                    Text.of(
                            "domain.balance.routine.add",
                            Math.round(seconds / 60.0),
                            SESSION_TITLE,
                            Wording.day(day))));
        }
        suggestions.addAll(trims.suggestions(Text.of("domain.balance.trim.whyRoutine")));
        int count = routineDays.size();
        Text message = Wording.sentences(List.of(
                count == 0
                        ? Text.of("domain.balance.routine.none")
                        : Text.of("domain.balance.routine.some", Text.of("domain.balance.days", count)),
                Text.of("domain.balance.routine.aim", target)));
        return List.of(new Finding(id(), Severity.WARNING, message, List.of(), suggestions));
    }

    private static boolean hasAnyRoutine(WeekFacts facts, LocalDate day) {
        return facts.sessions().stream()
                .anyMatch(s -> s.date().equals(day) && s.session().kind() == SessionKind.BACK_CARE_ROUTINE);
    }

    /** The guide's sample daily routine with its doses, fitted to the lifter's equipment. */
    static Session sampleRoutine(SuggestionKit kit) {
        String id = kit.newId();
        List<Prescription> warmUp = new ArrayList<>();
        kit.usable(CatalogSlugs.SHOULDER_CIRCLES).ifPresent(e -> warmUp.add(kit.prescription(e, Dose.minutes(1, 1))));
        kit.usable(CatalogSlugs.NECK_ROLLS).ifPresent(e -> warmUp.add(kit.prescription(e, Dose.minutes(1, 1))));
        kit.usable(CatalogSlugs.THORACIC_ROTATION)
                .ifPresent(e -> warmUp.add(kit.prescription(e, SuggestionKit.THORACIC_WARM_UP_DOSE)));
        List<Prescription> main = new ArrayList<>();
        kit.usable(CatalogSlugs.DOORWAY_PEC_STRETCH)
                .ifPresent(e -> main.add(kit.prescription(e, Dose.hold(2, 30, 30, true))));
        kit.firstUsable(CatalogSlugs.BAND_ROW, CatalogSlugs.SCAPULAR_SQUEEZE)
                .ifPresent(e -> main.add(kit.prescription(e, Dose.reps(3, 10, 10))));
        kit.usable(CatalogSlugs.PRONE_Y_RAISE).ifPresent(e -> main.add(kit.prescription(e, Dose.reps(2, 10, 10))));
        List<Prescription> coolDown = new ArrayList<>();
        kit.usable(CatalogSlugs.FOAM_ROLLER).ifPresent(e -> coolDown.add(kit.prescription(e, Dose.minutes(1, 2))));
        kit.usable(CatalogSlugs.DIAPHRAGMATIC_BREATHING)
                .ifPresent(e -> coolDown.add(kit.prescription(e, Dose.minutes(5, 5))));
        return new Session(
                id,
                SessionKind.BACK_CARE_ROUTINE,
                SESSION_TITLE,
                List.of(
                        new Block(BlockType.WARM_UP, warmUp),
                        new Block(BlockType.MAIN, main),
                        new Block(BlockType.COOL_DOWN, coolDown)));
    }
}
