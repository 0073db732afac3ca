package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.safety.Journal.week;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedFlagCheckScheduleTest {

    private final PainReading wednesday = PainReading.before(week(1).plusDays(2), 3);

    @Test
    void sign_up_always_asks() {
        assertThat(RedFlagCheckSchedule.atSignUp()).isEqualTo(RedFlagCheckReason.SIGN_UP);
    }

    @Test
    void the_first_check_in_of_a_week_asks() {
        List<PainReading> lastWeek = List.of(PainReading.before(week(0).plusDays(6), 3));

        assertThat(RedFlagCheckSchedule.atPainCheckIn(wednesday, lastWeek, List.of(RedFlagCheck.noneOn(week(0)))))
                .contains(RedFlagCheckReason.FIRST_CHECK_IN_OF_WEEK);
        assertThat(RedFlagCheckSchedule.atPainCheckIn(wednesday, List.of(), List.of()))
                .contains(RedFlagCheckReason.FIRST_CHECK_IN_OF_WEEK);
    }

    @Test
    void later_check_ins_of_the_same_week_do_not_ask() {
        List<PainReading> thisWeek = List.of(PainReading.after(week(1), 4));

        assertThat(RedFlagCheckSchedule.atPainCheckIn(wednesday, thisWeek, List.of()))
                .isEmpty();
    }

    @Test
    void a_checklist_already_answered_this_week_counts_as_the_weekly_one() {
        List<RedFlagCheck> signUpOnTuesday = List.of(RedFlagCheck.noneOn(week(1).plusDays(1)));

        assertThat(RedFlagCheckSchedule.atPainCheckIn(wednesday, List.of(), signUpOnTuesday))
                .isEmpty();
    }

    @Test
    void pain_of_seven_or_more_always_asks() {
        PainReading seven = PainReading.after(week(1).plusDays(2), 7);
        List<PainReading> thisWeek = List.of(PainReading.before(week(1).plusDays(2), 6));
        List<RedFlagCheck> answeredToday = List.of(RedFlagCheck.noneOn(week(1).plusDays(2)));

        assertThat(RedFlagCheckSchedule.atPainCheckIn(seven, thisWeek, answeredToday))
                .contains(RedFlagCheckReason.HIGH_PAIN);
        assertThat(RedFlagCheckSchedule.atPainCheckIn(
                        PainReading.after(week(1).plusDays(2), 6), thisWeek, answeredToday))
                .isEmpty();
    }

    @Test
    void a_note_that_mentions_a_warning_sign_asks_even_when_the_week_is_already_screened() {
        List<PainReading> thisWeek = List.of(PainReading.after(week(1), 4));
        List<RedFlagCheck> screened = List.of(RedFlagCheck.noneOn(week(1)));
        PainReading numbArm = wednesday.withNote("Left arm went numb during the rows");

        assertThat(RedFlagCheckSchedule.atPainCheckIn(numbArm, thisWeek, screened))
                .contains(RedFlagCheckReason.WARNING_SIGN_IN_NOTE);
        assertThat(RedFlagCheckSchedule.atPainCheckIn(wednesday.withNote("stiff after the drive"), thisWeek, screened))
                .isEmpty();
    }
}
