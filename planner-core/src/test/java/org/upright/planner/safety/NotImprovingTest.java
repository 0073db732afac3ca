package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.safety.Journal.adherence;
import static org.upright.planner.safety.Journal.readings;
import static org.upright.planner.safety.Journal.steadyAdherence;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.upright.planner.common.Texts;

class NotImprovingTest {

    /** Three weeks of check-ins with full adherence, first and last week as given. */
    private static SafetyAssessment threeWeeks(int[] first, int[] latest) {
        SafetyHistory history = SafetyHistory.empty()
                .withReadings(readings(0, first))
                .withReadings(readings(1, first))
                .withReadings(readings(2, latest));
        return SafetyAssessor.assess(steadyAdherence(history, 3, 4, 4));
    }

    @Test
    void a_drop_of_exactly_two_points_is_improvement_even_below_thirty_percent() {
        // 8 → 6: two points, 25 %
        SafetyAssessment assessment = threeWeeks(new int[] {8, 8}, new int[] {6, 6});

        assertThat(assessment.referrals()).doesNotContain(Referral.NOT_IMPROVING);
        assertThat(assessment.status()).isEqualTo(SafetyStatus.CLEAR);
    }

    @Test
    void a_drop_just_under_two_points_and_under_thirty_percent_is_not_improvement() {
        // 8 → 6.1: 1.9 points, 23.75 %
        SafetyAssessment assessment = threeWeeks(new int[] {8, 8}, new int[] {6, 6, 6, 6, 6, 6, 6, 6, 6, 7});

        assertThat(assessment.referrals()).containsExactly(Referral.NOT_IMPROVING);
        assertThat(assessment.status()).isEqualTo(SafetyStatus.REFER);
        assertThat(assessment.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.urgency()).isEqualTo(Urgency.RECOMMEND_PROFESSIONAL);
            assertThat(Texts.render(notice.message(), Locale.ENGLISH)).contains("physical therapist");
        });
        assertThat(assessment.progression().blockers()).containsExactly(ProgressionBlocker.NOT_IMPROVING);
    }

    @Test
    void a_drop_of_exactly_thirty_percent_is_improvement_even_below_two_points() {
        // 5 → 3.5: 1.5 points, 30 %
        SafetyAssessment assessment = threeWeeks(new int[] {5, 5}, new int[] {3, 4});

        assertThat(assessment.referrals()).isEmpty();
    }

    @Test
    void a_drop_just_under_thirty_percent_and_two_points_is_not_improvement() {
        // 5 → 3.6: 1.4 points, 28 %
        SafetyAssessment assessment = threeWeeks(new int[] {5, 5}, new int[] {3, 4, 4, 4, 3});

        assertThat(assessment.referrals()).containsExactly(Referral.NOT_IMPROVING);
    }

    @Test
    void adherence_of_exactly_sixty_percent_is_enough_to_judge() {
        SafetyHistory history = unchangedPain()
                .withAdherence(adherence(0, 100, 60))
                .withAdherence(adherence(1, 100, 60))
                .withAdherence(adherence(2, 100, 60));

        assertThat(SafetyAssessor.assess(history).referrals()).containsExactly(Referral.NOT_IMPROVING);
    }

    @Test
    void adherence_just_under_sixty_percent_is_not() {
        SafetyHistory history = unchangedPain()
                .withAdherence(adherence(0, 100, 60))
                .withAdherence(adherence(1, 100, 60))
                .withAdherence(adherence(2, 100, 59));

        assertThat(SafetyAssessor.assess(history).referrals()).isEmpty();
    }

    @Test
    void extra_sessions_do_not_make_up_for_missed_ones() {
        // capped: (0 + 5 + 3) / 15 = 53 %; uncapped it would be 73 %
        SafetyHistory history = unchangedPain()
                .withAdherence(adherence(0, 5, 0))
                .withAdherence(adherence(1, 5, 8))
                .withAdherence(adherence(2, 5, 3));

        assertThat(SafetyAssessor.assess(history).referrals()).isEmpty();
    }

    @Test
    void without_any_planned_sessions_there_is_no_adherence_to_judge() {
        assertThat(SafetyAssessor.assess(unchangedPain()).referrals()).isEmpty();
    }

    @Test
    void fewer_than_three_weeks_of_check_ins_never_refer() {
        SafetyHistory history =
                SafetyHistory.empty().withReadings(readings(0, 5, 5)).withReadings(readings(1, 5, 5));

        assertThat(SafetyAssessor.assess(steadyAdherence(history, 3, 4, 4)).referrals())
                .isEmpty();
    }

    @Test
    void three_weeks_with_check_ins_count_even_with_a_gap_between_them() {
        SafetyHistory history = SafetyHistory.empty()
                .withReadings(readings(0, 5, 5))
                .withReadings(readings(2, 5, 5))
                .withReadings(readings(4, 5, 5));

        assertThat(SafetyAssessor.assess(steadyAdherence(history, 5, 4, 4)).referrals())
                .containsExactly(Referral.NOT_IMPROVING);
    }

    @Test
    void a_pain_free_lifter_is_not_referred() {
        SafetyHistory history = SafetyHistory.empty()
                .withReadings(readings(0, 0, 0))
                .withReadings(readings(1, 0, 0))
                .withReadings(readings(2, 0, 0));

        assertThat(SafetyAssessor.assess(steadyAdherence(history, 3, 4, 4)).referrals())
                .isEmpty();
    }

    @Test
    void the_first_week_is_compared_with_the_latest() {
        // a good middle week does not matter: 5 → 2 → 5 is not improving
        SafetyHistory history = SafetyHistory.empty()
                .withReadings(readings(0, 5, 5))
                .withReadings(readings(1, 2, 2))
                .withReadings(readings(2, 5, 5));

        assertThat(SafetyAssessor.assess(steadyAdherence(history, 3, 4, 4)).referrals())
                .containsExactly(Referral.NOT_IMPROVING);
    }

    @Test
    void improvement_needs_readings_in_both_weeks() {
        assertThat(PainImprovement.isMeaningful(new PainTally(2, 10), new PainTally(1, 3)))
                .isTrue();
        assertThat(PainImprovement.isMeaningful(new PainTally(2, 10), new PainTally(2, 10)))
                .isFalse();
        assertThatThrownBy(() -> PainImprovement.isMeaningful(PainTally.EMPTY, new PainTally(1, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SafetyHistory unchangedPain() {
        return SafetyHistory.empty()
                .withReadings(readings(0, 5, 5))
                .withReadings(readings(1, 5, 5))
                .withReadings(readings(2, 5, 5));
    }
}
