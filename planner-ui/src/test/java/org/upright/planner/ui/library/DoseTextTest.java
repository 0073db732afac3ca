package org.upright.planner.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.DoseType;

class DoseTextTest {

    @Test
    void compactIsHowACoachWritesIt() {
        assertThat(DoseText.compact(Dose.reps(3, 8, 12))).isEqualTo("3 × 8–12");
        assertThat(DoseText.compact(Dose.hold(2, 20, 30, true))).isEqualTo("2 × 20–30 s per side");
        assertThat(DoseText.compact(Dose.minutes(5, 5))).isEqualTo("5 min");
    }

    @Test
    void inWordsSpellsItOut() {
        assertThat(DoseText.inWords(Dose.reps(3, 8, 12))).isEqualTo("3 sets of 8–12 reps");
        assertThat(DoseText.inWords(Dose.repsPerSide(1, 10, 10))).isEqualTo("1 set of 10 reps per side");
        assertThat(DoseText.inWords(Dose.reps(2, 10, 10).upToSets(3))).isEqualTo("2–3 sets of 10 reps");
        assertThat(DoseText.inWords(Dose.hold(2, 20, 30, true))).isEqualTo("2 holds of 20–30 seconds per side");
        assertThat(DoseText.inWords(Dose.hold(1, 30, 30, false))).isEqualTo("1 hold of 30 seconds");
        assertThat(DoseText.inWords(Dose.rounds(1, 8, 12))).isEqualTo("8–12 slow rounds");
        assertThat(DoseText.inWords(Dose.rounds(2, 5, 5))).isEqualTo("2 sets of 5 slow rounds");
        assertThat(DoseText.inWords(Dose.minutes(5, 5))).isEqualTo("5 minutes");
        assertThat(DoseText.inWords(Dose.minutes(1, 1))).isEqualTo("1 minute");
        assertThat(DoseText.inWords(Dose.minutes(15, 20))).isEqualTo("15–20 minutes");
        assertThat(DoseText.inWords(Dose.duration(Duration.ofSeconds(30), Duration.ofSeconds(45))))
                .isEqualTo("30–45 seconds");
        assertThat(DoseText.inWords(Dose.reps(1, 1))).isEqualTo("1 set of 1 rep");
    }

    @Test
    void formLabelsNameTheUnit() {
        assertThat(DoseText.unitLabel(DoseType.REPS)).isEqualTo("Reps");
        assertThat(DoseText.unitLabel(DoseType.HOLD)).isEqualTo("Seconds");
        assertThat(DoseText.unitLabel(DoseType.DURATION)).isEqualTo("Minutes");
        assertThat(DoseText.unitLabel(DoseType.ROUNDS)).isEqualTo("Rounds");
    }
}
