package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.safety.Journal.readings;
import static org.upright.planner.safety.Journal.week;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.planner.common.Texts;

class SafetyAssessorRedFlagTest {

    @Test
    void an_empty_history_is_clear() {
        SafetyAssessment assessment = SafetyAssessor.assess(SafetyHistory.empty());

        assertThat(assessment.status()).isEqualTo(SafetyStatus.CLEAR);
        assertThat(assessment.planPaused()).isFalse();
        assertThat(assessment.notices()).isEmpty();
        assertThat(assessment.progressionAllowed()).isTrue();
        assertThat(assessment.mostUrgent()).isEmpty();
    }

    @Test
    void a_checklist_with_nothing_ticked_is_clear() {
        SafetyAssessment assessment =
                SafetyAssessor.assess(SafetyHistory.empty().withCheck(RedFlagCheck.noneOn(week(0))));

        assertThat(assessment.status()).isEqualTo(SafetyStatus.CLEAR);
        assertThat(assessment.redFlagHistory()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void every_red_flag_alone_stops_the_plan_and_sends_the_lifter_to_a_professional(RedFlag flag) {
        SafetyAssessment assessment =
                SafetyAssessor.assess(SafetyHistory.empty().withCheck(RedFlagCheck.on(week(0), flag)));

        assertThat(assessment.status()).isEqualTo(SafetyStatus.STOP);
        assertThat(assessment.planPaused()).isTrue();
        assertThat(assessment.showsRedBadge()).isTrue();
        assertThat(assessment.openRedFlags()).containsExactly(flag);
        assertThat(assessment.notices()).hasSize(1);
        assertThat(assessment.notices().getFirst().message()).isEqualTo(flag.notice());
        assertThat(assessment.notices().getFirst().urgency()).isEqualTo(flag.urgency());
        assertThat(assessment.progressionAllowed()).isFalse();
        assertThat(assessment.progression().blockers()).contains(ProgressionBlocker.OPEN_RED_FLAG);
    }

    @Test
    void bladder_or_bowel_control_says_urgent_emergency_care_and_comes_first() {
        SafetyAssessment assessment = SafetyAssessor.assess(SafetyHistory.empty()
                .withCheck(RedFlagCheck.on(
                        week(0),
                        RedFlag.FEVER,
                        RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL,
                        RedFlag.PAIN_WORSE_AT_NIGHT)));

        SafetyNotice first = assessment.notices().getFirst();
        assertThat(first.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(Texts.render(first.headline(), Locale.ENGLISH))
                .containsIgnoringCase("urgent")
                .containsIgnoringCase("emergency");
        assertThat(Texts.render(first.message(), Locale.ENGLISH)).containsIgnoringCase("emergency care");
        assertThat(assessment.mostUrgent()).contains(Urgency.EMERGENCY);
        assertThat(assessment.notices()).hasSize(3);
        assertThat(assessment.notices().subList(1, 3))
                .allSatisfy(n -> assertThat(Texts.render(n.headline(), Locale.ENGLISH))
                        .isEqualTo("See a medical professional now"));
    }

    @Test
    void a_red_flag_wins_over_good_pain_data_and_referrals_are_still_listed_below_it() {
        SafetyHistory history = SafetyHistory.empty()
                .withReadings(readings(0, 8, 8))
                .withCheck(RedFlagCheck.on(week(0), RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS));

        SafetyAssessment assessment = SafetyAssessor.assess(history);

        assertThat(assessment.status()).isEqualTo(SafetyStatus.STOP);
        assertThat(assessment.referrals()).containsExactly(Referral.SEVERE_PAIN);
        assertThat(assessment.notices())
                .extracting(SafetyNotice::urgency)
                .containsExactly(Urgency.SEE_PROFESSIONAL_NOW, Urgency.RECOMMEND_PROFESSIONAL);
    }

    @Test
    void a_clearance_resolves_open_flags_and_keeps_them_in_the_history() {
        LocalDate flagged = week(0).plusDays(1);
        LocalDate cleared = week(0).plusDays(4);
        SafetyHistory history = SafetyHistory.empty()
                .withCheck(RedFlagCheck.on(flagged, RedFlag.FEVER, RedFlag.PAIN_WORSE_AT_NIGHT))
                .withClearance(new ProfessionalClearance(cleared, "GP: viral, fine to train"));

        SafetyAssessment assessment = SafetyAssessor.assess(history);

        assertThat(assessment.status()).isEqualTo(SafetyStatus.CLEAR);
        assertThat(assessment.planPaused()).isFalse();
        assertThat(assessment.openRedFlags()).isEmpty();
        assertThat(assessment.notices()).isEmpty();
        assertThat(assessment.progressionAllowed()).isTrue();
        assertThat(assessment.redFlagHistory()).hasSize(2).allSatisfy(episode -> {
            assertThat(episode.isOpen()).isFalse();
            assertThat(episode.raisedOn()).isEqualTo(flagged);
            assertThat(episode.clearedOn()).contains(cleared);
            assertThat(episode.clearance().note()).isEqualTo("GP: viral, fine to train");
        });
    }

    @Test
    void a_clearance_on_the_same_day_resolves_the_flag_ticked_that_day() {
        SafetyHistory history = SafetyHistory.empty()
                .withClearance(new ProfessionalClearance(week(1), "seen the same afternoon"))
                .withCheck(RedFlagCheck.on(week(1), RedFlag.PAIN_AFTER_FALL_OR_INJURY));

        assertThat(SafetyAssessor.assess(history).openRedFlags()).isEmpty();
    }

    @Test
    void a_clearance_does_not_resolve_a_flag_ticked_after_it() {
        SafetyHistory history = SafetyHistory.empty()
                .withClearance(new ProfessionalClearance(week(0), ""))
                .withCheck(RedFlagCheck.on(week(0).plusDays(1), RedFlag.FEVER));

        assertThat(SafetyAssessor.assess(history).openRedFlags()).containsExactly(RedFlag.FEVER);
    }

    @Test
    void a_later_checklist_without_the_flag_does_not_close_it_only_a_professional_does() {
        SafetyHistory history = SafetyHistory.empty()
                .withCheck(RedFlagCheck.on(week(0), RedFlag.UNEXPLAINED_WEIGHT_LOSS))
                .withCheck(RedFlagCheck.noneOn(week(1)));

        SafetyAssessment assessment = SafetyAssessor.assess(history);

        assertThat(assessment.status()).isEqualTo(SafetyStatus.STOP);
        assertThat(assessment.openRedFlags()).containsExactly(RedFlag.UNEXPLAINED_WEIGHT_LOSS);
    }

    @Test
    void a_flag_ticked_again_after_clearance_opens_a_new_episode() {
        SafetyHistory history = SafetyHistory.empty()
                .withCheck(RedFlagCheck.on(week(0), RedFlag.FEVER))
                .withCheck(RedFlagCheck.on(week(0).plusDays(2), RedFlag.FEVER))
                .withClearance(new ProfessionalClearance(week(1), "cleared"))
                .withCheck(RedFlagCheck.on(week(3), RedFlag.FEVER));

        SafetyAssessment assessment = SafetyAssessor.assess(history);

        assertThat(assessment.openRedFlags()).containsExactly(RedFlag.FEVER);
        assertThat(assessment.redFlagHistory()).hasSize(2);
        RedFlagEpisode resolved = assessment.redFlagHistory().getFirst();
        assertThat(resolved.raisedOn()).isEqualTo(week(0));
        assertThat(resolved.lastReportedOn()).isEqualTo(week(0).plusDays(2));
        assertThat(resolved.isOpen()).isFalse();
        RedFlagEpisode current = assessment.redFlagHistory().getLast();
        assertThat(current.raisedOn()).isEqualTo(week(3));
        assertThat(current.isOpen()).isTrue();
        assertThat(current.clearedOn()).isEmpty();
    }

    @Test
    void every_assessment_carries_the_disclaimer() {
        SafetyAssessment assessment = SafetyAssessor.assess(SafetyHistory.empty());

        assertThat(assessment.disclaimer()).isEqualTo(Disclaimer.TEXT);
        assertThat(Texts.render(Disclaimer.TEXT, Locale.ENGLISH))
                .contains("not a diagnosis")
                .hasSizeLessThan(200);
    }
}
