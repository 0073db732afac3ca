package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HabitStreakTest {

    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = START.plusDays(9);

    @Test
    void countsBackFromTodayWhenTodayIsTicked() {
        assertThat(HabitStreak.of(List.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2)), TODAY, START))
                .isEqualTo(3);
    }

    @Test
    void aStreakEndingYesterdayStillCountsUntilTheDayIsOver() {
        assertThat(HabitStreak.of(List.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY, START))
                .isEqualTo(2);
    }

    @Test
    void aMissedDayEndsTheStreak() {
        assertThat(HabitStreak.of(List.of(TODAY, TODAY.minusDays(2), TODAY.minusDays(3)), TODAY, START))
                .isEqualTo(1);
        assertThat(HabitStreak.of(List.of(TODAY.minusDays(2)), TODAY, START)).isZero();
    }

    @Test
    void daysBeforeTheBlockDoNotCount() {
        assertThat(HabitStreak.of(List.of(START, START.minusDays(1)), START, START))
                .isEqualTo(1);
    }
}
