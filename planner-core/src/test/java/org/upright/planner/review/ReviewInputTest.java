package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.review.ReviewWeeks.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.safety.PainReading;

class ReviewInputTest {

    private static List<WeekRecord> weeks(int count) {
        List<WeekRecord> weeks = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            weeks.add(WeekRecord.planOnly(plan(n, true)));
        }
        return weeks;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6})
    void fourFiveOrSixWeeksAreAccepted(int count) {
        ReviewReport report = review(weeks(count));
        assertThat(report.weeks()).hasSize(count);
        assertThat(report.firstWeek()).isEqualTo(week(0));
        assertThat(report.lastWeek()).isEqualTo(week(count - 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 7})
    void otherLengthsAreRefusedWithAClearMessage(int count) {
        assertThatThrownBy(() -> ReviewInput.of(weeks(count), LIFTER, TARGETS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a review covers 4, 5 or 6 consecutive weeks, was " + count + " week");
    }

    @Test
    void weeksMustBeConsecutive() {
        List<WeekRecord> gap = new ArrayList<>(weeks(3));
        gap.add(WeekRecord.planOnly(plan(4, true)));
        assertThatThrownBy(() -> ReviewInput.of(gap, LIFTER, TARGETS))
                .hasMessage("review weeks must be consecutive, oldest first: 2025-09-15 is followed by 2025-09-29");
    }

    @Test
    void thePeriodEndsWithTheChosenWeekAndDefaultsToTheLastCompleteOne() {
        assertThat(ReviewPeriod.weeksEndingWith(week(5), 4)).containsExactly(week(2), week(3), week(4), week(5));
        assertThatThrownBy(() -> ReviewPeriod.weeksEndingWith(week(5), 7)).hasMessageContaining("was 7 weeks");
        assertThatThrownBy(() -> ReviewPeriod.weeksEndingWith(week(5).plusDays(2), 4))
                .hasMessageContaining("must start on a Monday");
        LocalDate wednesday = week(3).plusDays(2);
        assertThat(ReviewPeriod.lastCompleteWeek(wednesday)).isEqualTo(week(2));
        assertThat(ReviewPeriod.lastCompleteWeek(week(3))).isEqualTo(week(2));
        assertThat(ReviewPeriod.lastCompleteWeek(week(3).plusDays(6))).isEqualTo(week(2));
    }

    @Test
    void logsMustBelongToTheirWeekAndPlan() {
        WeekPlan plan = plan(0, true);
        assertThatThrownBy(() -> new WeekRecord(plan, List.of(SessionLog.Done.on(week(1), "mon")), null, null))
                .hasMessage("session log on 2025-09-08 is outside the week of 2025-09-01");
        assertThatThrownBy(() -> new WeekRecord(plan, List.of(SessionLog.Done.on(week(0), "nope")), null, null))
                .hasMessage("week of 2025-09-01: session log for nope, which is not in the plan");
        assertThatThrownBy(() -> new WeekRecord(
                        plan,
                        List.of(SessionLog.Done.on(week(0), "mon"), new SessionLog.Skipped("mon", week(0), "")),
                        null,
                        null))
                .hasMessage("week of 2025-09-01: session mon is logged twice");
        assertThatThrownBy(() -> new WeekRecord(plan, null, List.of(PainReading.before(week(2), 3)), null))
                .hasMessageContaining("pain check-in on 2025-09-15 is outside");
        assertThatThrownBy(() -> new WeekRecord(
                        plan,
                        null,
                        null,
                        List.of(new HabitTick(week(0), "breathing"), new HabitTick(week(0), "breathing "))))
                .hasMessageContaining("ticked twice");
        assertThatThrownBy(() -> new SessionLog.Done("mon", week(0), 11)).hasMessageContaining("session RPE");
        assertThatThrownBy(() -> new SessionLog.Unplanned(week(0), SessionKind.CONDITIONING, " "))
                .hasMessageContaining("title");
    }
}
