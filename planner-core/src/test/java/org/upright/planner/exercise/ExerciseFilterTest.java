package org.upright.planner.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseFilterTest {

    private static Exercise exercise(
            String slug,
            String name,
            Set<Equipment> equipment,
            MovementPattern primary,
            Set<MovementPattern> secondary) {
        return new Exercise(
                slug,
                name,
                equipment,
                false,
                primary,
                secondary,
                Dose.reps(3, 10),
                List.of("Do it."),
                "Helps.",
                "Careful.",
                false);
    }

    private final Exercise kettlebellRow =
            exercise("kb-row", "Kettlebell row", Set.of(Equipment.DUMBBELL), MovementPattern.HORIZONTAL_PULL, Set.of());
    private final Exercise wallSlide = exercise(
            "wall-slide",
            "Wall slide",
            Set.of(),
            MovementPattern.SCAPULAR_STABILITY,
            Set.of(MovementPattern.THORACIC_MOBILITY));
    private final Exercise crème =
            exercise("creme", "Crème brûlée carry", Set.of(Equipment.DUMBBELL), MovementPattern.CARRY, Set.of());
    private final List<Exercise> own = List.of(kettlebellRow, wallSlide, crème);

    @Test
    void an_empty_filter_matches_everything() {
        assertThat(ExerciseFilter.any().apply(own)).containsExactlyElementsOf(own);
    }

    @Test
    void filters_coaches_own_entries_by_group_pattern_and_equipment() {
        assertThat(ExerciseFilter.any()
                        .inGroup(MovementPattern.Group.UPPER_BODY_STRENGTH)
                        .apply(own))
                .containsExactly(kettlebellRow, wallSlide);
        assertThat(ExerciseFilter.any()
                        .withPrimaryPattern(MovementPattern.THORACIC_MOBILITY)
                        .apply(own))
                .isEmpty();
        assertThat(ExerciseFilter.any()
                        .training(MovementPattern.THORACIC_MOBILITY)
                        .apply(own))
                .containsExactly(wallSlide);
        assertThat(ExerciseFilter.any().doableWith(Set.of()).apply(own)).containsExactly(wallSlide);
    }

    @Test
    void name_search_ignores_case_accents_and_punctuation() {
        assertThat(ExerciseFilter.nameMatches("Child's pose with reach", "childs POSE"))
                .isTrue();
        assertThat(ExerciseFilter.nameMatches("Pull-up", "pull up")).isTrue();
        assertThat(ExerciseFilter.nameMatches("Pull-up", "pullup")).isTrue();
        assertThat(ExerciseFilter.nameMatches("Pull-up", "chin")).isFalse();
        assertThat(ExerciseFilter.any().nameMatching("creme brulee").apply(own)).containsExactly(crème);
        assertThat(ExerciseFilter.any().nameMatching("  ").apply(own)).hasSize(3);
    }
}
