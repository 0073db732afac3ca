package org.upright.planner.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseTest {

    private final Exercise facePull = new Exercise(
            "face-pull-test",
            "Face pull",
            Set.of(Equipment.CABLE),
            false,
            MovementPattern.SCAPULAR_STABILITY,
            Set.of(MovementPattern.HORIZONTAL_PULL, MovementPattern.CORE),
            Dose.reps(3, 12, 15),
            List.of("Pull."),
            "Helps.",
            "Careful.",
            false);

    @Test
    void a_set_counts_once_toward_a_family_of_patterns() {
        assertThat(facePull.weightFor(MovementPattern.SCAPULAR_STABILITY)).isEqualTo(1.0);
        assertThat(facePull.weightFor(MovementPattern.HORIZONTAL_PULL)).isEqualTo(0.5);
        assertThat(facePull.weightForAny(List.of(MovementPattern.HORIZONTAL_PULL, MovementPattern.SCAPULAR_STABILITY)))
                .isEqualTo(1.0);
        assertThat(facePull.weightForAny(List.of(MovementPattern.HORIZONTAL_PULL)))
                .isEqualTo(0.5);
        assertThat(facePull.weightForAny(List.of(MovementPattern.HORIZONTAL_PUSH)))
                .isZero();
    }

    @Test
    void lists_primary_then_secondary_patterns() {
        assertThat(facePull.patterns())
                .containsExactly(
                        MovementPattern.SCAPULAR_STABILITY, MovementPattern.HORIZONTAL_PULL, MovementPattern.CORE);
        assertThat(facePull.trains(MovementPattern.CORE)).isTrue();
        assertThat(facePull.trains(MovementPattern.HINGE)).isFalse();
    }
}
