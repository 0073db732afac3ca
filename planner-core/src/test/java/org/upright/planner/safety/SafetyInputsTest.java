package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyInputsTest {

    private static final LocalDate MONDAY = Journal.FIRST_MONDAY;

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 100, Integer.MIN_VALUE})
    void a_pain_score_outside_zero_to_ten_is_refused_naming_the_field(int score) {
        assertThatThrownBy(() -> PainReading.before(MONDAY, score))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("score must be between 0 and 10")
                .hasMessageContaining("was " + score);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void zero_and_ten_are_valid_scores(int score) {
        assertThat(PainReading.after(MONDAY, score).score()).isEqualTo(score);
    }

    @Test
    void a_reading_needs_a_date_and_a_timing() {
        assertThatThrownBy(() -> new PainReading(null, PainTiming.BEFORE, 3, null, null))
                .hasMessageContaining("date");
        assertThatThrownBy(() -> new PainReading(MONDAY, null, 3, null, null)).hasMessageContaining("timing");
    }

    @Test
    void location_and_note_are_optional_and_the_note_has_a_limit() {
        PainReading plain = PainReading.before(MONDAY, 3);
        assertThat(plain.knownLocation()).isEmpty();
        assertThat(plain.note()).isEmpty();

        PainReading full = plain.at(PainLocation.BETWEEN_SHOULDER_BLADES).withNote("  after long drive  ");
        assertThat(full.knownLocation()).contains(PainLocation.BETWEEN_SHOULDER_BLADES);
        assertThat(full.note()).isEqualTo("after long drive");
        assertThat(plain.withNote("x".repeat(PainReading.MAX_NOTE_LENGTH)).note())
                .hasSize(500);
        assertThatThrownBy(() -> plain.withNote("x".repeat(PainReading.MAX_NOTE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("note must be at most 500 characters");
    }

    @Test
    void readings_belong_to_the_iso_week_starting_monday() {
        assertThat(PainReading.before(MONDAY.plusDays(6), 2).weekStart()).isEqualTo(MONDAY);
        assertThat(PainReading.before(MONDAY.plusDays(7), 2).weekStart()).isEqualTo(MONDAY.plusWeeks(1));
    }

    @Test
    void adherence_is_validated_naming_the_field() {
        assertThatThrownBy(() -> new WeeklyAdherence(MONDAY.plusDays(2), 3, 3))
                .hasMessageStartingWith("weekStart must be a Monday");
        assertThatThrownBy(() -> new WeeklyAdherence(MONDAY, -1, 0)).hasMessageStartingWith("planned");
        assertThatThrownBy(() -> new WeeklyAdherence(MONDAY, 3, -2)).hasMessageStartingWith("completed");
    }

    @Test
    void adherence_is_capped_at_the_plan() {
        assertThat(new WeeklyAdherence(MONDAY, 4, 3).adherence()).isEqualTo(0.75);
        assertThat(new WeeklyAdherence(MONDAY, 4, 6).adherence()).isEqualTo(1.0);
        assertThat(new WeeklyAdherence(MONDAY, 0, 2).adherence()).isZero();
    }

    @Test
    void clearance_note_is_optional_with_a_limit() {
        assertThat(new ProfessionalClearance(MONDAY, null).note()).isEmpty();
        assertThatThrownBy(() -> new ProfessionalClearance(MONDAY, "y".repeat(501)))
                .hasMessageStartingWith("note must be at most 500");
        assertThatThrownBy(() -> new ProfessionalClearance(null, "")).hasMessageContaining("date");
    }

    @Test
    void a_checklist_keeps_its_own_copy_of_the_flags() {
        RedFlagCheck none = RedFlagCheck.noneOn(MONDAY);
        assertThat(none.anyFlagged()).isFalse();
        assertThat(new RedFlagCheck(MONDAY, null).flagged()).isEmpty();
        assertThat(RedFlagCheck.on(MONDAY, RedFlag.FEVER, RedFlag.FEVER).flagged())
                .containsExactly(RedFlag.FEVER);
    }

    @Test
    void weekly_pain_groups_by_week_oldest_first_and_skips_empty_weeks() {
        List<WeeklyPain> weeks = PainWeeks.of(List.of(
                PainReading.after(MONDAY.plusWeeks(2), 4),
                PainReading.before(MONDAY, 2),
                PainReading.after(MONDAY.plusDays(3), 5)));

        assertThat(weeks).extracting(WeeklyPain::weekStart).containsExactly(MONDAY, MONDAY.plusWeeks(2));
        assertThat(weeks.getFirst().all()).isEqualTo(new PainTally(2, 7));
        assertThat(weeks.getFirst().before()).isEqualTo(new PainTally(1, 2));
        assertThat(weeks.getFirst().after()).isEqualTo(new PainTally(1, 5));
    }

    @Test
    void a_tally_compares_means_exactly() {
        assertThat(new PainTally(3, 21).meanAtLeast(7)).isTrue();
        assertThat(new PainTally(10, 69).meanAtLeast(7)).isFalse();
        assertThat(PainTally.EMPTY.meanAtLeast(0)).isFalse();
        assertThat(new PainTally(3, 10).meanAbove(new PainTally(3, 9))).isTrue();
        assertThat(new PainTally(2, 6).meanAbove(new PainTally(3, 9))).isFalse();
        assertThatThrownBy(() -> new PainTally(1, 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
