package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.balance.RuleTesting.*;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;

class ThoracicWarmUpRuleTest {

    private static final Dose ROTATION = Dose.repsPerSide(1, 10, 10);

    private static List<Finding> warnings(WeekPlan week) {
        return findings(week, GENERAL, RuleId.THORACIC_WARM_UP).stream()
                .filter(f -> f.severity() == Severity.WARNING)
                .toList();
    }

    private static List<Finding> notes(WeekPlan week) {
        return findings(week, GENERAL, RuleId.THORACIC_WARM_UP).stream()
                .filter(f -> f.severity() == Severity.INFO)
                .toList();
    }

    @Test
    void aLiftingSessionWithoutAThoracicDrillGetsOneWarning() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .strength(WEDNESDAY, "Pull")
                .warmUp(THORACIC_ROTATION, ROTATION)
                .main(BARBELL_ROW, Dose.reps(3, 5))
                .build();
        assertThat(warnings(week)).singleElement().satisfies(f -> {
            assertThat(f.sessionIds()).containsExactly("s1");
            assertThat(RuleTesting.english(f.message())).contains("“Push” on Monday");
        });
        assertThat(evaluate(week, GENERAL).metrics().thoracicWarmUpCompliance()).hasValue(0.5);
    }

    @Test
    void theDrillMustComeBeforeTheFirstUpperBodySet() {
        WeekPlan late = Plans.week()
                .strength(MONDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .accessory(THORACIC_ROTATION, ROTATION)
                .build();
        WeekPlan inMainBeforeThePress = Plans.week()
                .strength(MONDAY, "Push")
                .main(THORACIC_ROTATION, ROTATION)
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .build();
        assertThat(warnings(late)).hasSize(1);
        assertThat(warnings(inMainBeforeThePress)).isEmpty();
    }

    @Test
    void legWorkFirstStillNeedsTheDrillBeforeTheFirstUpperBodySet() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Full body")
                .main(SQUAT, Dose.reps(3, 5))
                .main(THORACIC_ROTATION, ROTATION)
                .accessory(BAND_ROW, Dose.reps(3, 10))
                .build();
        assertThat(warnings(week)).isEmpty();
    }

    @Test
    void aDrillWithThoracicMobilityAsSecondaryPatternCounts() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Push")
                .warmUp(CAT_COW, Dose.rounds(1, 8, 12))
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .build();
        assertThat(warnings(week)).isEmpty();
    }

    @Test
    void sessionsWithoutUpperBodyWorkingSetsAreLeftAlone() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Legs")
                .warmUp(PUSH_UP, Dose.reps(2, 10)) // warm-up push-ups are not working sets
                .main(SQUAT, Dose.reps(5, 5))
                .session(TUESDAY, SessionKind.CONDITIONING, "Walk")
                .main(WALKING_BREAK, Dose.minutes(20, 30))
                .build();
        assertThat(findings(week, GENERAL, RuleId.THORACIC_WARM_UP)).isEmpty();
        assertThat(evaluate(week, GENERAL).metrics().thoracicWarmUpCompliance()).isEmpty();
    }

    @Test
    void theSuggestionPutsThoracicRotationFirstInTheWarmUpAndClearsTheWarning() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Push")
                .warmUp(SHOULDER_CIRCLES, Dose.minutes(1, 1))
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .build();
        Suggestion s = warnings(week).getFirst().suggestions().getFirst();
        assertThat(s).isInstanceOfSatisfying(Suggestion.AddPrescription.class, add -> {
            assertThat(add.sessionId()).isEqualTo("s1");
            assertThat(add.block()).isEqualTo(BlockType.WARM_UP);
            assertThat(add.position()).isZero();
            assertThat(add.prescription().exercise().slug()).isEqualTo(THORACIC_ROTATION);
            assertThat(add.prescription().dose()).isEqualTo(Dose.repsPerSide(1, 10, 10));
        });
        WeekPlan applied = SuggestionApplier.apply(week, s);
        assertThat(applied.session("s1")
                        .orElseThrow()
                        .block(BlockType.WARM_UP)
                        .orElseThrow()
                        .prescriptions())
                .extracting(p -> p.exercise().slug())
                .containsExactly(THORACIC_ROTATION, SHOULDER_CIRCLES);
        assertThat(warnings(applied)).isEmpty();
    }

    @Test
    void aMissingWarmUpBlockIsCreated() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .build();
        WeekPlan applied = applyRule(week, GENERAL, GENERAL_TARGETS, RuleId.THORACIC_WARM_UP);
        assertThat(findings(applied, GENERAL, RuleId.THORACIC_WARM_UP)).isEmpty();
        assertThat(evaluate(applied, GENERAL).metrics().thoracicWarmUpCompliance())
                .hasValue(1.0);
    }

    @Test
    void oneInfoNoteListsTheStrengthSessionsWithoutShoulderBladeActivation() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Push")
                .warmUp(THORACIC_ROTATION, ROTATION)
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .strength(WEDNESDAY, "Pull")
                .warmUp(THORACIC_ROTATION, ROTATION)
                .warmUp(BAND_PULL_APART, Dose.reps(1, 15))
                .main(BARBELL_ROW, Dose.reps(3, 5))
                .strength(FRIDAY, "Upper")
                .warmUp(THORACIC_ROTATION, ROTATION)
                .main(OVERHEAD_PRESS, Dose.reps(3, 5))
                .build();
        assertThat(warnings(week)).isEmpty();
        assertThat(notes(week)).singleElement().satisfies(f -> {
            assertThat(f.sessionIds()).containsExactly("s1", "s3");
            assertThat(RuleTesting.english(f.message())).startsWith("2 lifting sessions have");
            assertThat(f.suggestions()).hasSize(2);
        });
        assertThat(BalanceScore.of(notes(week))).isEqualTo(100); // an INFO costs nothing
        WeekPlan applied = applyRule(week, GENERAL, GENERAL_TARGETS, RuleId.THORACIC_WARM_UP);
        assertThat(findings(applied, GENERAL, RuleId.THORACIC_WARM_UP)).isEmpty();
        // the drill follows the mobility work
        assertThat(applied.session("s1")
                        .orElseThrow()
                        .block(BlockType.WARM_UP)
                        .orElseThrow()
                        .prescriptions())
                .extracting(p -> p.exercise().slug())
                .containsExactly(THORACIC_ROTATION, BAND_PULL_APART);
    }

    @Test
    void backCareRoutinesGetNoActivationNote() {
        WeekPlan week = Plans.week()
                .session(MONDAY, SessionKind.BACK_CARE_ROUTINE, "Routine")
                .warmUp(THORACIC_ROTATION, ROTATION)
                .main(BAND_ROW, Dose.reps(3, 10))
                .build();
        assertThat(findings(week, GENERAL, RuleId.THORACIC_WARM_UP)).isEmpty();
    }

    @Test
    void bothSuggestionsTogetherClearEverything() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .strength(THURSDAY, "Push again")
                .main(INCLINE_PRESS, Dose.reps(3, 8))
                .build();
        assertThat(findings(week, GENERAL, RuleId.THORACIC_WARM_UP)).hasSize(3); // 2 warnings + 1 note
        WeekPlan applied = applyRule(week, GENERAL, GENERAL_TARGETS, RuleId.THORACIC_WARM_UP);
        assertThat(findings(applied, GENERAL, RuleId.THORACIC_WARM_UP)).isEmpty();
    }
}
