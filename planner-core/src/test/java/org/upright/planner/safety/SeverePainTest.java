package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.safety.Journal.readings;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.upright.planner.common.Texts;

class SeverePainTest {

    @Test
    void a_weekly_mean_of_exactly_seven_recommends_professional_care() {
        SafetyAssessment assessment =
                SafetyAssessor.assess(SafetyHistory.empty().withReadings(readings(0, 6, 8, 7)));

        assertThat(assessment.referrals()).containsExactly(Referral.SEVERE_PAIN);
        assertThat(assessment.status()).isEqualTo(SafetyStatus.REFER);
        assertThat(assessment.planPaused()).isFalse();
        assertThat(assessment.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.urgency()).isEqualTo(Urgency.RECOMMEND_PROFESSIONAL);
            assertThat(Texts.render(notice.message(), Locale.ENGLISH)).contains("doctor or physical therapist");
        });
        assertThat(assessment.progression().blockers()).containsExactly(ProgressionBlocker.SEVERE_PAIN);
    }

    @Test
    void a_weekly_mean_of_six_point_nine_does_not() {
        SafetyAssessment assessment =
                SafetyAssessor.assess(SafetyHistory.empty().withReadings(readings(0, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6)));

        assertThat(assessment.weeklyPain().getFirst().mean()).isEqualTo(6.9);
        assertThat(assessment.referrals()).isEmpty();
        assertThat(assessment.status()).isEqualTo(SafetyStatus.CLEAR);
    }

    @Test
    void before_and_after_readings_both_feed_the_weekly_mean() {
        // before 6, after 8: mean 7
        SafetyAssessment assessment =
                SafetyAssessor.assess(SafetyHistory.empty().withReadings(readings(0, 6, 8)));

        WeeklyPain week = assessment.weeklyPain().getFirst();
        assertThat(week.before().mean()).isEqualTo(6.0);
        assertThat(week.after().mean()).isEqualTo(8.0);
        assertThat(week.mean()).isEqualTo(7.0);
        assertThat(assessment.referrals()).containsExactly(Referral.SEVERE_PAIN);
    }

    @Test
    void only_the_latest_week_counts() {
        SafetyAssessment assessment = SafetyAssessor.assess(
                SafetyHistory.empty().withReadings(readings(0, 9, 9)).withReadings(readings(1, 3, 3)));

        assertThat(assessment.referrals()).isEmpty();
    }
}
