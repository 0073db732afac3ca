package org.upright.planner.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.Exercise;

/**
 * Properties of the rules over many random weeks. Each check runs a fixed list of seeds with
 * {@link java.util.Random}, so a run is reproducible and a failure names the seed to replay. Plain
 * JUnit rather than jqwik: these were written by an AI coding agent, and jqwik's maintainers ask
 * (since 1.10) that such agents not use the library. No shrinking, so a failing seed may need a
 * moment's reading. Named {@code …Test} so that Surefire's default includes pick it up.
 */
class BalancePropertiesTest {

    private static final int TRIES = 400;
    private static final BalanceEvaluator EVALUATOR = RuleTesting.EVALUATOR;
    private static final BalanceEvaluator BUILT_IN = new BalanceEvaluator(BuiltInCatalog.instance());

    /** The rules whose findings come with edits that resolve them. */
    private static final Set<RuleId> FIXABLE = EnumSet.complementOf(EnumSet.of(RuleId.VOLUME_JUMP));

    @Test
    void evaluationNeverThrowsOnAnyWeekTheModelAllows() {
        for (long seed = 0; seed < TRIES; seed++) {
            RandomWeeks random = new RandomWeeks(seed);
            // crowded weeks too: up to the model's own limits
            WeekPlan week = random.week(Plans.WEEK, WeekPlan.MAX_SESSIONS_PER_DAY, WeekPlan.MAX_SESSIONS_PER_WEEK, 12);
            WeekPlan previous = random.week(Plans.WEEK.minusWeeks(1), 3, 12, 8);
            LifterProfile profile = random.profile();
            Targets targets = random.targets(profile);
            long s = seed;
            assertThatCode(() -> {
                        EVALUATOR.evaluate(week, profile, targets);
                        EVALUATOR.evaluate(week, previous, profile, targets);
                    })
                    .as("seed %d", s)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void applyingARulesSuggestionsRemovesThatRulesFindings() {
        suggestionsClearTheirRule(EVALUATOR, FixtureExercises.INSTANCE.all());
    }

    @Test
    void applyingARulesSuggestionsRemovesThatRulesFindingsWithTheBuiltInCatalogue() {
        suggestionsClearTheirRule(BUILT_IN, BuiltInCatalog.instance().all());
    }

    private static void suggestionsClearTheirRule(BalanceEvaluator evaluator, List<Exercise> exercises) {
        int pushPullChecked = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            RandomWeeks random = new RandomWeeks(seed, exercises);
            WeekPlan week = random.week(Plans.WEEK, 3, 12, 8);
            LifterProfile profile = random.profile();
            Targets targets = random.targets(profile);
            BalanceReport report = evaluator.evaluate(week, profile, targets);
            for (RuleId rule : FIXABLE) {
                List<Finding> found = report.findingsOf(rule);
                if (found.isEmpty() || (rule == RuleId.PUSH_PULL_RATIO && !balanceable(found.getFirst()))) {
                    continue;
                }
                if (rule == RuleId.THORACIC_WARM_UP) {
                    // A session that already holds every drill the rule would add (after its lifting,
                    // or in the wrong block) gets no second line of it (coordinated fixes): what is
                    // left after applying must be only such findings, which offer no edit.
                    WeekPlan appliedAll = SuggestionApplier.applyAll(
                            week,
                            found.stream()
                                    .flatMap(f -> f.suggestions().stream())
                                    .toList());
                    assertThat(evaluator.evaluate(appliedAll, profile, targets).findingsOf(rule))
                            .as("seed %d", seed)
                            .allMatch(f -> f.suggestions().isEmpty()
                                    && (f.severity() == Severity.INFO
                                            || RuleTesting.english(f.message())
                                                    .contains("Move the session’s thoracic drill")));
                    continue;
                }
                pushPullChecked += rule == RuleId.PUSH_PULL_RATIO ? 1 : 0;
                List<Suggestion> suggestions =
                        found.stream().flatMap(f -> f.suggestions().stream()).toList();
                WeekPlan applied = SuggestionApplier.applyAll(week, suggestions);
                assertThat(evaluator.evaluate(applied, profile, targets).findingsOf(rule))
                        .as("seed %d, rule %s", seed, rule)
                        .isEmpty();
            }
        }
        assertThat(pushPullChecked).as("push:pull cases actually checked").isGreaterThan(TRIES / 10);
    }

    @Test
    void pushPullSuggestionsAreCompleteForRealisticPressingAndAlwaysHelp() {
        for (long seed = 0; seed < TRIES; seed++) {
            RandomWeeks random = new RandomWeeks(seed);
            WeekPlan week = random.week(Plans.WEEK, 3, 12, 8);
            LifterProfile profile = random.profile();
            Targets targets = random.targets(profile);
            BalanceReport report = EVALUATOR.evaluate(week, profile, targets);
            for (Finding f : report.findingsOf(RuleId.PUSH_PULL_RATIO)) {
                double push = report.metrics().pushSets();
                if (push * targets.pushPullRatio() <= 28) {
                    // 28 sets = a new 4-set session on each of seven days, the least the plan can absorb
                    assertThat(balanceable(f)).as("seed %d", seed).isTrue();
                }
                WeekPlan applied = SuggestionApplier.applyAll(week, f);
                assertThat(EVALUATOR
                                .evaluate(applied, profile, targets)
                                .metrics()
                                .pullSets())
                        .as("seed %d", seed)
                        .isGreaterThan(report.metrics().pullSets());
            }
        }
    }

    @Test
    void theScoreIsAlwaysTheFormula() {
        for (long seed = 0; seed < TRIES; seed++) {
            RandomWeeks random = new RandomWeeks(seed);
            WeekPlan week = random.week(Plans.WEEK, 4, 20, 10);
            LifterProfile profile = random.profile();
            BalanceReport report = EVALUATOR.evaluate(week, profile, random.targets(profile));
            long alerts = report.findings().stream()
                    .filter(f -> f.severity() == Severity.ALERT)
                    .count();
            long warnings = report.findings().stream()
                    .filter(f -> f.severity() == Severity.WARNING)
                    .count();
            assertThat(report.score())
                    .as("seed %d", seed)
                    .isEqualTo((int) Math.max(0, 100 - 25 * alerts - 10 * warnings))
                    .isBetween(0, 100);
        }
    }

    @Test
    void evaluationIsAPureFunctionOfItsInputs() {
        for (long seed = 0; seed < 50; seed++) {
            WeekPlan week = new RandomWeeks(seed).week(Plans.WEEK, 3, 12, 8);
            LifterProfile profile = new RandomWeeks(seed + 1000).profile();
            Targets targets = Targets.defaultsFor(profile);
            assertThat(EVALUATOR.evaluate(week, profile, targets))
                    .as("seed %d", seed)
                    .isEqualTo(EVALUATOR.evaluate(week, profile, targets));
        }
    }

    /** A push:pull finding whose suggestions reach the target (no "trim pressing" caveat). */
    private static boolean balanceable(Finding f) {
        return !RuleTesting.english(f.message()).contains("gap stays open")
                && !f.suggestions().isEmpty();
    }
}
