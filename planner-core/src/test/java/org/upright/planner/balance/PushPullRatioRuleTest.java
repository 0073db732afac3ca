package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.balance.RuleTesting.*;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.MovementPattern;

class PushPullRatioRuleTest {

    /** 8 bench sets against {@code rowSets} band-row sets plus {@code halfSets} suitcase-row sets (0.5 each). */
    private static WeekPlan pressAndRow(int rowSets, int halfSets) {
        Plans.SessionBuilder s = Plans.week()
                .strength(MONDAY, "Push")
                .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .main(BENCH_PRESS, Dose.reps(4, 6, 8))
                .main(BENCH_PRESS, Dose.reps(4, 6, 8));
        if (rowSets > 0) {
            s.accessory(BAND_ROW, Dose.reps(rowSets, 10, 10));
        }
        WeekPlan week = s.build();
        return halfSets > 0 ? withExtra(week, "s1", SUITCASE_ROW, halfSets) : week;
    }

    private static List<Finding> ratioFindings(WeekPlan week, LifterProfile profile) {
        return findings(week, profile, RuleId.PUSH_PULL_RATIO);
    }

    @Nested
    class Thresholds {

        @ParameterizedTest(name = "general lifter, 8 push vs {0} + {1}×0.5 pull → {2}")
        @CsvSource({
            "8, 0, NONE", // exactly on target 1.0
            "9, 0, NONE", // above
            "7, 1, WARNING", // 7.5: just under target
            "6, 0, WARNING", // 6 = exactly 0.75 × target
            "5, 1, ALERT", // 5.5: just below 0.75 × target
            "0, 0, ALERT"
        })
        void generalTargetBands(int rows, int halves, String expected) {
            List<Finding> found = ratioFindings(pressAndRow(rows, halves), GENERAL);
            if (expected.equals("NONE")) {
                assertThat(found).isEmpty();
            } else {
                assertThat(found).singleElement().extracting(Finding::severity).isEqualTo(Severity.valueOf(expected));
            }
        }

        @ParameterizedTest(name = "upper-back care, 8 push vs {0} + {1}×0.5 pull → {2}")
        @CsvSource({
            "12, 0, NONE", // exactly 1.5
            "11, 1, WARNING", // 11.5
            "9, 0, WARNING", // 9 = 0.75 × 1.5 × 8
            "8, 1, ALERT", // 8.5
            "8, 0, ALERT" // 1 : 1 is fine for most, not with upper-back care
        })
        void upperBackCareTargetBands(int rows, int halves, String expected) {
            List<Finding> found = ratioFindings(pressAndRow(rows, halves), CARE);
            if (expected.equals("NONE")) {
                assertThat(found).isEmpty();
            } else {
                assertThat(found).singleElement().extracting(Finding::severity).isEqualTo(Severity.valueOf(expected));
            }
        }

        @Test
        void aCoachCanSetAnotherTarget() {
            WeekPlan week = pressAndRow(8, 0);
            assertThat(findings(week, GENERAL, GENERAL_TARGETS.withPushPullRatio(1.2), RuleId.PUSH_PULL_RATIO))
                    .singleElement()
                    .extracting(Finding::severity)
                    .isEqualTo(Severity.WARNING);
            assertThat(findings(week, CARE, CARE_TARGETS.withPushPullRatio(1.0), RuleId.PUSH_PULL_RATIO))
                    .isEmpty();
        }

        @Test
        void noPushSetsMeansNoRatioFinding() {
            WeekPlan onlyPulling = Plans.week()
                    .strength(MONDAY, "Pull")
                    .main(PULL_UP, Dose.reps(3, 5))
                    .build();
            BalanceReport report = evaluate(onlyPulling, CARE);
            assertThat(report.findingsOf(RuleId.PUSH_PULL_RATIO)).isEmpty();
            assertThat(report.metrics().pushPullRatio()).isEmpty();
            assertThat(report.metrics().horizontalRatio()).isEmpty();
        }

        @Test
        void anEmptyWeekHasNoRatioFinding() {
            BalanceReport report = evaluate(WeekPlan.empty(Plans.WEEK), CARE);
            assertThat(report.findingsOf(RuleId.PUSH_PULL_RATIO)).isEmpty();
            assertThat(report.metrics().pushSets()).isZero();
        }
    }

    @Nested
    class Counting {

        @Test
        void warmUpSetsDoNotCount() {
            WeekPlan week = Plans.week()
                    .strength(MONDAY, "Push")
                    .warmUp(PUSH_UP, Dose.reps(2, 10))
                    .warmUp(BAND_PULL_APART, Dose.reps(2, 15))
                    .main(BENCH_PRESS, Dose.reps(3, 5))
                    .main(SEATED_CABLE_ROW, Dose.reps(3, 10))
                    .build();
            BalanceMetrics m = evaluate(week, GENERAL).metrics();
            assertThat(m.pushSets()).isEqualTo(3.0);
            assertThat(m.pullSets()).isEqualTo(3.0);
            assertThat(m.totalWorkingSets()).isEqualTo(6);
        }

        @Test
        void coolDownSetsDoNotCountEither() {
            WeekPlan week = Plans.week()
                    .strength(MONDAY, "Push")
                    .main(BENCH_PRESS, Dose.reps(3, 5))
                    .coolDown(BAND_ROW, Dose.reps(3, 10))
                    .build();
            assertThat(evaluate(week, GENERAL).metrics().pullSets()).isZero();
        }

        @Test
        void secondaryPatternsCountHalfASet() {
            WeekPlan week = withExtra(pressAndRow(0, 0), "s1", SUITCASE_ROW, 3);
            BalanceMetrics m = evaluate(week, GENERAL).metrics();
            assertThat(m.pullSets()).isEqualTo(1.5);
            assertThat(m.horizontalPullSets()).isEqualTo(1.5);
            assertThat(m.pushPullRatio()).hasValue(1.5 / 8);
        }

        @Test
        void aSetCountsOnceTowardPushEvenWithTwoPushPatterns() {
            WeekPlan week = Plans.week()
                    .strength(MONDAY, "Push")
                    .main(INCLINE_PRESS, Dose.reps(4, 10))
                    .build();
            BalanceMetrics m = evaluate(week, GENERAL).metrics();
            assertThat(m.pushSets()).isEqualTo(4.0);
            assertThat(m.horizontalPushSets()).isEqualTo(4.0);
        }

        @Test
        void faceWorkCountsOnceTowardTheHorizontalTop() {
            // face pull: scapular stability, secondary horizontal pull
            WeekPlan week = Plans.week()
                    .strength(MONDAY, "Push")
                    .main(BENCH_PRESS, Dose.reps(4, 5))
                    .accessory(FACE_PULL, Dose.reps(4, 15))
                    .build();
            BalanceMetrics m = evaluate(week, GENERAL).metrics();
            assertThat(m.scapularStabilitySets()).isEqualTo(4.0);
            assertThat(m.horizontalPullSets()).isEqualTo(2.0);
            assertThat(m.horizontalPullAndScapularSets()).isEqualTo(4.0);
            assertThat(m.horizontalRatio()).hasValue(1.0);
        }
    }

    @Nested
    class HorizontalRatio {

        @Test
        void pullUpsDoNotBalanceBenchPressing() {
            WeekPlan week = Plans.week()
                    .strength(MONDAY, "Upper")
                    .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                    .main(BENCH_PRESS, Dose.reps(4, 5))
                    .main(OVERHEAD_PRESS, Dose.reps(4, 5))
                    .accessory(PULL_UP, Dose.reps(8, 5))
                    .build();
            BalanceReport report = evaluate(week, GENERAL);
            assertThat(report.metrics().pushPullRatio()).hasValue(1.0);
            assertThat(report.metrics().horizontalRatio()).hasValue(0.0);
            assertThat(report.findingsOf(RuleId.PUSH_PULL_RATIO))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ALERT);
                        assertThat(RuleTesting.english(f.message()))
                                .contains("1 : 1 ")
                                .contains("rows")
                                .contains("1 : 0.");
                    });
        }

        @Test
        void onlyOverheadPressingLeavesTheHorizontalRatioOut() {
            WeekPlan week = Plans.week()
                    .strength(MONDAY, "Shoulders")
                    .main(OVERHEAD_PRESS, Dose.reps(4, 5))
                    .accessory(PULL_UP, Dose.reps(4, 5))
                    .build();
            BalanceReport report = evaluate(week, GENERAL);
            assertThat(report.metrics().horizontalRatio()).isEmpty();
            assertThat(report.findingsOf(RuleId.PUSH_PULL_RATIO)).isEmpty();
        }

        @Test
        void theWorseOfTheTwoRatiosSetsTheSeverity() {
            // r = 10/8 fine, r_h = 4/8 = 0.5 → alert
            WeekPlan week = Plans.week()
                    .strength(MONDAY, "Upper")
                    .main(BENCH_PRESS, Dose.reps(8, 5))
                    .accessory(BAND_ROW, Dose.reps(4, 10))
                    .accessory(PULL_UP, Dose.reps(6, 5))
                    .build();
            assertThat(ratioFindings(week, GENERAL))
                    .singleElement()
                    .extracting(Finding::severity)
                    .isEqualTo(Severity.ALERT);
        }
    }

    @Nested
    class Suggestions {

        private final WeekPlan twoPressingDays = Plans.week()
                .strength(MONDAY, "Push A")
                .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .main(BENCH_PRESS, Dose.reps(5, 5))
                .accessory(DIPS, Dose.reps(3, 10))
                .strength(TUESDAY, "Legs")
                .main(SQUAT, Dose.reps(5, 5))
                .strength(THURSDAY, "Push B")
                .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .main(OVERHEAD_PRESS, Dose.reps(4, 5))
                .accessory(PUSH_UP, Dose.reps(3, 12))
                .build();

        @Test
        void pullSetsGoToThePressingSessionsFirstAtMostFourEach() {
            // push 15, target 1.0 → 15 pull sets: 4 + 4 on pressing days, then 4 on legs, then a new session
            Finding f = ratioFindings(twoPressingDays, GENERAL).getFirst();
            List<Suggestion.AddPrescription> adds = f.suggestions().stream()
                    .filter(Suggestion.AddPrescription.class::isInstance)
                    .map(Suggestion.AddPrescription.class::cast)
                    .filter(a -> a.prescription().exercise().slug().equals(BAND_ROW))
                    .toList();
            assertThat(adds).extracting(Suggestion.AddPrescription::sessionId).startsWith("s1", "s3");
            assertThat(adds).allSatisfy(a -> {
                assertThat(a.prescription().dose().sets()).isLessThanOrEqualTo(4);
                assertThat(a.block()).isEqualTo(BlockType.ACCESSORY);
            });
            assertThat(f.suggestions())
                    .filteredOn(Suggestion.AddSession.class::isInstance)
                    .allSatisfy(s -> assertThat(((Suggestion.AddSession) s)
                                    .session()
                                    .prescriptions()
                                    .filter(p -> p.exercise().slug().equals(BAND_ROW))
                                    .mapToInt(p -> p.dose().sets())
                                    .sum())
                            .isLessThanOrEqualTo(4));
        }

        @Test
        void rowsAddedToALegDayBringTheirOwnThoracicWarmUp() {
            Finding f = ratioFindings(twoPressingDays, GENERAL).getFirst();
            assertThat(f.suggestions())
                    .filteredOn(s -> s instanceof Suggestion.AddPrescription a
                            && a.sessionId().equals("s2")
                            && a.block() == BlockType.WARM_UP)
                    .singleElement()
                    .satisfies(s -> assertThat(((Suggestion.AddPrescription) s)
                                    .prescription()
                                    .exercise()
                                    .slug())
                            .isEqualTo(THORACIC_ROTATION));
            WeekPlan applied = SuggestionApplier.applyAll(twoPressingDays, f);
            assertThat(evaluate(applied, GENERAL).findingsOf(RuleId.THORACIC_WARM_UP))
                    .noneMatch(x -> x.severity() == Severity.WARNING);
        }

        @Test
        void applyingTheSuggestionsReachesBothTargets() {
            for (LifterProfile profile : List.of(GENERAL, CARE)) {
                WeekPlan applied =
                        applyRule(twoPressingDays, profile, Targets.defaultsFor(profile), RuleId.PUSH_PULL_RATIO);
                BalanceReport after = evaluate(applied, profile);
                assertThat(after.findingsOf(RuleId.PUSH_PULL_RATIO)).isEmpty();
                assertThat(after.metrics().horizontalRatio().getAsDouble())
                        .isGreaterThanOrEqualTo(Targets.defaultsFor(profile).pushPullRatio());
            }
        }

        @Test
        void theRowMatchesTheLiftersEquipment() {
            WeekPlan week = pressAndRow(0, 0);
            assertThat(suggestedPull(week, LifterProfile.general(Set.of(Equipment.RESISTANCE_BAND))))
                    .isEqualTo(BAND_ROW);
            assertThat(suggestedPull(week, LifterProfile.general(Set.of(Equipment.DUMBBELL))))
                    .isEqualTo(DUMBBELL_ROW);
            assertThat(suggestedPull(week, LifterProfile.general(Set.of(Equipment.CABLE))))
                    .isEqualTo(FACE_PULL);
            assertThat(suggestedPull(week, LifterProfile.general(Set.of()))).isEqualTo(PRONE_Y_RAISE);
        }

        @Test
        void withoutEquipmentProneRaisesStillBalanceTheWeek() {
            LifterProfile bare = LifterProfile.withUpperBackCare(Set.of());
            WeekPlan week = pressAndRow(0, 0);
            WeekPlan applied = applyRule(week, bare, Targets.defaultsFor(bare), RuleId.PUSH_PULL_RATIO);
            assertThat(findings(applied, bare, RuleId.PUSH_PULL_RATIO)).isEmpty();
        }

        @Test
        void pressingThatNoAmountOfRowsCanBalanceIsTrimmedAndSaysSo() {
            Plans.SessionBuilder s = Plans.week().strength(MONDAY, "Bench marathon");
            for (int i = 0; i < 8; i++) {
                s.main(BENCH_PRESS, Dose.reps(20, 5));
            }
            WeekPlan week = s.build();
            Finding f = ratioFindings(week, GENERAL).getFirst();
            assertThat(RuleTesting.english(f.message())).contains("trimming");
            assertThat(f.suggestions())
                    .filteredOn(Suggestion.ChangeSets.class::isInstance)
                    .isNotEmpty()
                    .allMatch(c -> !((Suggestion.ChangeSets) c).raises());
            WeekPlan applied = SuggestionApplier.applyAll(week, f);
            BalanceMetrics before = evaluate(week, GENERAL).metrics();
            BalanceMetrics after = evaluate(applied, GENERAL).metrics();
            assertThat(after.pullSets()).isGreaterThan(before.pullSets());
            assertThat(after.pushSets()).isLessThan(before.pushSets());
        }

        @Test
        void aCatalogueWithoutAnyRowOffersNoEditButStillReports() {
            BalanceEvaluator bare = new BalanceEvaluator(FixtureExercises.only(BENCH_PRESS));
            Finding f = bare.evaluate(pressAndRow(0, 0), GENERAL, GENERAL_TARGETS)
                    .findingsOf(RuleId.PUSH_PULL_RATIO)
                    .getFirst();
            assertThat(f.suggestions()).isEmpty();
            assertThat(RuleTesting.english(f.message())).contains("add a pull you can do");
        }

        @Test
        void theFindingNamesThePressingSessions() {
            assertThat(ratioFindings(twoPressingDays, GENERAL).getFirst().sessionIds())
                    .containsExactly("s1", "s3");
        }

        private String suggestedPull(WeekPlan week, LifterProfile profile) {
            return ratioFindings(week, profile).getFirst().suggestions().stream()
                    .filter(Suggestion.AddPrescription.class::isInstance)
                    .map(s -> ((Suggestion.AddPrescription) s).prescription().exercise())
                    .filter(e -> e.primaryPattern() != MovementPattern.THORACIC_MOBILITY)
                    .findFirst()
                    .orElseThrow()
                    .slug();
        }
    }
}
