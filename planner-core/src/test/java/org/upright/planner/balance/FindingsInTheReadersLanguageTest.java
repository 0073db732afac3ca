package org.upright.planner.balance;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.balance.RuleTesting.*;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;
import org.upright.planner.exercise.Dose;

/**
 * The rules hand out words not yet in a language; a German or French reader gets their own, with
 * their decimal sign and the labels, days and doses nested inside in the same language.
 */
class FindingsInTheReadersLanguageTest {

    private static final CoordinatedFixes FIXES = new CoordinatedFixes(EVALUATOR);

    /** 8 push sets against 4 pull-ups: push : pull is 1 : 0.5, chest pressing 1 : 0. */
    private static WeekPlan heavyPressing() {
        return Plans.week()
                .strength(MONDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(4, 5))
                .main(OVERHEAD_PRESS, Dose.reps(4, 5))
                .accessory(PULL_UP, Dose.reps(4, 5))
                .build();
    }

    private static Finding pushPull() {
        return findings(heavyPressing(), GENERAL, RuleId.PUSH_PULL_RATIO).getFirst();
    }

    @Test
    void aGermanReaderGetsADecimalCommaInThePushPullFinding() {
        String german = Texts.render(pushPull().message(), Locale.GERMAN);

        assertThat(german)
                .startsWith("Diese Woche überwiegt das Drücken deutlich das Ziehen.")
                .contains("1 : 0,5")
                .doesNotContain("1 : 0.5")
                .doesNotContain("domain.");
        assertThat(english(pushPull().message())).contains("1 : 0.5").startsWith("Pressing clearly outweighs");
    }

    @Test
    void aFrenchReaderGetsTheSessionDayAndDoseInFrenchInsideTheWarmUpFinding() {
        Finding warmUp = findings(heavyPressing(), GENERAL, RuleId.THORACIC_WARM_UP).stream()
                .filter(f -> f.severity() == Severity.WARNING)
                .findFirst()
                .orElseThrow();

        assertThat(Texts.render(warmUp.message(), Locale.FRENCH))
                .startsWith("« Push » du lundi commence le travail du haut du corps");
        Text suggestion = warmUp.suggestions().getFirst().description();
        assertThat(Texts.render(suggestion, Locale.FRENCH))
                .startsWith("Commence l’échauffement de « Push » du lundi par ")
                .contains("de chaque côté");
        assertThat(english(suggestion))
                .startsWith("Start the warm-up of “Push” on Monday with ")
                .contains("per side");
    }

    @Test
    void theApplyAllPreviewReadsInGermanWithSetsCountedInWords() {
        FixPlan plan =
                FIXES.planAll(heavyPressing(), WeekPlan.empty(Plans.WEEK.minusWeeks(1)), GENERAL, GENERAL_TARGETS);
        List<Text> lines = FixSummary.of(plan);

        assertThat(lines).isNotEmpty();
        List<String> german =
                lines.stream().map(l -> Texts.render(l, Locale.GERMAN)).toList();
        assertThat(german)
                .anySatisfy(
                        line -> assertThat(line).startsWith("Montag „Push“: +").contains(" Sätze "));
        assertThat(german)
                .allSatisfy(line -> assertThat(line).doesNotContain("domain.").doesNotContain(" sets "));
        assertThat(lines.stream().map(RuleTesting::english))
                .anySatisfy(
                        line -> assertThat(line).startsWith("Monday “Push”: +").contains(" sets of "));
    }
}
