package org.upright.planner.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;
import org.upright.planner.common.TypedText;

class CustomExerciseRulesTest {

    @Test
    void slugsArePrefixedPlainWordsThatFitWithRoomForASuffix() {
        assertThat(CustomExerciseRules.slugBase("Band W-raise (slow!)")).isEqualTo("custom-band-w-raise-slow");
        assertThat(CustomExerciseRules.slugBase("Rückenübung für Anfänger"))
                .isEqualTo("custom-ruckenubung-fur-anfanger");
        assertThat(CustomExerciseRules.slugBase("Child's pose")).isEqualTo("custom-childs-pose");
        assertThat(CustomExerciseRules.slugBase("腕立て伏せ")).isEqualTo("custom-exercise");
        String longest = CustomExerciseRules.slugBase("a very long name ".repeat(10));
        assertThat(longest)
                .hasSizeLessThanOrEqualTo(7 + ExerciseCatalog.MAX_SLUG_WORDS)
                .doesNotEndWith("-");
        // a valid slug even with a suffix: the Exercise record checks the pattern and length
        assertThat(new Exercise(
                                longest + "-999",
                                "x",
                                null,
                                false,
                                MovementPattern.CORE,
                                null,
                                Dose.reps(1, 1),
                                null,
                                null,
                                null,
                                false)
                        .slug())
                .hasSizeLessThanOrEqualTo(60);
    }

    @Test
    void noBuiltInSlugCouldEverBeTakenForACoachsOwn() {
        assertThat(BuiltInCatalog.instance().all())
                .extracting(Exercise::slug)
                .noneMatch(slug -> slug.startsWith(ExerciseCatalog.CUSTOM_SLUG_PREFIX));
    }

    @Test
    void textWithAnInvisibleNulIsRefusedAtItsFieldInsteadOfFailingInTheDatabase() {
        ExerciseDraft draft = new ExerciseDraft(
                "Side\u0000 reach",
                Set.of(Equipment.MAT),
                true,
                MovementPattern.STRETCH,
                Set.of(),
                DoseType.REPS,
                2,
                8,
                null,
                List.of("Reach.", "Breathe\u0000 out."),
                "Opens the \u0000side.",
                "Stop if it \u0000pinches.");

        assertThat(CustomExerciseRules.problems(draft))
                .containsOnlyKeys(
                        ExerciseRejected.NAME,
                        ExerciseRejected.INSTRUCTIONS,
                        ExerciseRejected.WHY_IT_HELPS,
                        ExerciseRejected.CAUTIONS)
                .allSatisfy((field, message) -> assertThat(message).isEqualTo(TypedText.HAS_NUL));
    }

    @Test
    void thePerSideBoxDecidesWhetherRepsAreCountedPerSide() {
        ExerciseDraft draft = new ExerciseDraft(
                "Side reach",
                Set.of(Equipment.NONE, Equipment.MAT),
                true,
                MovementPattern.STRETCH,
                Set.of(),
                DoseType.REPS,
                2,
                8,
                null,
                List.of("Reach."),
                "",
                "");

        assertThat(CustomExerciseRules.problems(draft)).isEmpty();
        Exercise built = CustomExerciseRules.build(draft, "custom-side-reach");
        assertThat(built.defaultDose()).isEqualTo(Dose.repsPerSide(2, 8, 8));
        assertThat(built.defaultDose().describe()).isEqualTo("2 × 8 per side");
        assertThat(built.equipment()).containsExactly(Equipment.MAT);
    }

    @Test
    void timedWorkIsTypedInMinutesAndStoredInSeconds() {
        ExerciseDraft draft = new ExerciseDraft(
                "Easy walk",
                null,
                false,
                MovementPattern.CONDITIONING,
                null,
                DoseType.DURATION,
                null,
                5,
                10,
                List.of("Walk."),
                null,
                null);

        Exercise built = CustomExerciseRules.build(draft, "custom-easy-walk");

        assertThat(built.defaultDose()).isEqualTo(Dose.minutes(5, 10));
        assertThat(built.defaultDose().describe()).isEqualTo("5–10 min");
        assertThat(ExerciseDraft.of(built).low()).isEqualTo(5);
        assertThat(ExerciseDraft.of(built).high()).isEqualTo(10);
    }

    @Test
    void tooManyOrTooLongStepsAreNamed() {
        ExerciseDraft many = ExerciseDraft.blank()
                .named("Many")
                .withSteps(Collections.nCopies(ExerciseCatalog.MAX_STEPS + 1, "Step."));
        ExerciseDraft longStep = ExerciseDraft.blank()
                .named("Long")
                .withSteps(List.of("Fine.", "y".repeat(ExerciseCatalog.MAX_STEP_LENGTH + 1)));

        assertThat(inEnglish(CustomExerciseRules.problems(many)))
                .containsEntry(ExerciseRejected.INSTRUCTIONS, "Keep it to 12 steps or fewer; there are 13.");
        assertThat(inEnglish(CustomExerciseRules.problems(longStep)))
                .containsEntry(
                        ExerciseRejected.INSTRUCTIONS, "Keep each step to 300 characters or fewer; step 2 is longer.");
    }

    @Test
    void aBlankFormAsksForWhatIsMissing() {
        assertThat(inEnglish(CustomExerciseRules.problems(ExerciseDraft.blank())))
                .containsOnlyKeys(
                        ExerciseRejected.NAME,
                        ExerciseRejected.PRIMARY_PATTERN,
                        ExerciseRejected.LOW,
                        ExerciseRejected.INSTRUCTIONS)
                .containsEntry(ExerciseRejected.LOW, "Enter the number of reps.");
    }

    /** The reasons as an English reader sees them. */
    private static Map<String, String> inEnglish(Map<String, Text> reasons) {
        Map<String, String> english = new LinkedHashMap<>();
        reasons.forEach((field, reason) -> english.put(field, Texts.render(reason, Locale.ENGLISH)));
        return english;
    }
}
