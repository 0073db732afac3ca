package org.upright.planner.balance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.MovementPattern;

/** Shared profiles and shortcuts for the rule tests. */
final class RuleTesting {

    static final Set<Equipment> GYM = Set.of(
            Equipment.RESISTANCE_BAND,
            Equipment.DUMBBELL,
            Equipment.BARBELL,
            Equipment.BENCH,
            Equipment.CABLE,
            Equipment.PULL_UP_BAR,
            Equipment.FOAM_ROLLER);

    static final LifterProfile GENERAL = LifterProfile.general(GYM);
    static final LifterProfile CARE = LifterProfile.withUpperBackCare(GYM);
    static final Targets GENERAL_TARGETS = Targets.defaultsFor(GENERAL);
    static final Targets CARE_TARGETS = Targets.defaultsFor(CARE);

    static final BalanceEvaluator EVALUATOR = new BalanceEvaluator(FixtureExercises.INSTANCE);

    /** Core work with rowing as a secondary pattern: half a pull set per set (a test-only exercise). */
    static final Exercise SUITCASE_ROW = new Exercise(
            "suitcase-row",
            "Suitcase row",
            Set.of(Equipment.DUMBBELL),
            true,
            MovementPattern.CORE,
            Set.of(MovementPattern.HORIZONTAL_PULL),
            Dose.reps(3, 8, 10),
            List.of(),
            "",
            "",
            false);

    private RuleTesting() {}

    static BalanceReport evaluate(WeekPlan week, LifterProfile profile) {
        return EVALUATOR.evaluate(week, profile, Targets.defaultsFor(profile));
    }

    static List<Finding> findings(WeekPlan week, LifterProfile profile, RuleId rule) {
        return evaluate(week, profile).findingsOf(rule);
    }

    static List<Finding> findings(WeekPlan week, LifterProfile profile, Targets targets, RuleId rule) {
        return EVALUATOR.evaluate(week, profile, targets).findingsOf(rule);
    }

    /** The week after applying every suggestion the rule made. */
    static WeekPlan applyRule(WeekPlan week, LifterProfile profile, Targets targets, RuleId rule) {
        List<Suggestion> suggestions = EVALUATOR.evaluate(week, profile, targets).findingsOf(rule).stream()
                .flatMap(f -> f.suggestions().stream())
                .toList();
        return SuggestionApplier.applyAll(week, suggestions);
    }

    /** {@code week} with one more accessory line in session {@code sessionId}. */
    static WeekPlan withExtra(WeekPlan week, String sessionId, Exercise exercise, int sets) {
        Prescription p = Prescription.of("extra-" + exercise.slug() + "-" + sets, exercise, Dose.reps(sets, 8, 10));
        return SuggestionApplier.apply(
                week,
                new Suggestion.AddPrescription(
                        sessionId, BlockType.ACCESSORY, Suggestion.AddPrescription.AT_END, p, null));
    }

    /** A finding's or suggestion's words as an English reader sees them. */
    static String english(Text text) {
        return Texts.render(text, Locale.ENGLISH);
    }
}
