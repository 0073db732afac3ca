package org.upright.planner.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DoseTest {

    @Test
    void a_single_number_of_sets_is_its_own_range() {
        Dose dose = Dose.reps(3, 8, 12);

        assertThat(dose.maxSets()).isEqualTo(3);
        assertThat(dose.hasSetRange()).isFalse();
        assertThat(new Dose(DoseType.REPS, 3, 8, 12, false)).isEqualTo(dose);
    }

    @Test
    void a_set_range_plans_the_lower_end() {
        Dose dose = Dose.hold(2, 20, 30, true).upToSets(3);

        assertThat(dose.sets()).isEqualTo(2);
        assertThat(dose.maxSets()).isEqualTo(3);
        assertThat(dose.hasSetRange()).isTrue();
    }

    @Test
    void with_sets_makes_a_concrete_prescription() {
        Dose dose = Dose.reps(2, 8, 12).upToSets(3).withSets(4);

        assertThat(dose.sets()).isEqualTo(4);
        assertThat(dose.maxSets()).isEqualTo(4);
    }

    @Test
    void refuses_a_set_range_that_runs_backwards_naming_it() {
        assertThatThrownBy(() -> Dose.reps(3, 8, 12).upToSets(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("upper end of sets");
        assertThatThrownBy(() -> Dose.reps(0, 8, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sets");
    }

    @Test
    void describes_itself_the_way_a_coach_writes_it() {
        assertThat(Dose.reps(3, 8, 12).describe()).isEqualTo("3 × 8–12");
        assertThat(Dose.reps(3, 10).describe()).isEqualTo("3 × 10");
        assertThat(Dose.repsPerSide(1, 10, 10).describe()).isEqualTo("1 × 10 per side");
        assertThat(Dose.rounds(1, 8, 12).describe()).isEqualTo("8–12 rounds");
        assertThat(Dose.rounds(2, 8, 12).describe()).isEqualTo("2 × 8–12 rounds");
        assertThat(Dose.hold(3, 20, 40, false).describe()).isEqualTo("3 × 20–40 s");
        assertThat(Dose.minutes(15, 20).describe()).isEqualTo("15–20 min");
        assertThat(new Dose(DoseType.DURATION, 1, 90, 90, false).describe()).isEqualTo("90 s");
    }
}
