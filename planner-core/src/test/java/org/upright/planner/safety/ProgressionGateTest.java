package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.safety.Journal.readings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.planner.common.Texts;

class ProgressionGateTest {

    @Test
    void rising_pain_blocks_progression() {
        SafetyHistory history =
                SafetyHistory.empty().withReadings(readings(0, 3, 3)).withReadings(readings(1, 3, 4));

        ProgressionDecision decision = ProgressionGate.decide(history);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.blockers()).containsExactly(ProgressionBlocker.PAIN_RISING);
        assertThat(Texts.render(ProgressionBlocker.PAIN_RISING.reason(), Locale.ENGLISH))
                .isNotBlank();
        assertThat(SafetyAssessor.assess(history).status())
                .as("rising pain alone is no referral")
                .isEqualTo(SafetyStatus.CLEAR);
    }

    @Test
    void falling_or_level_pain_allows_progression() {
        assertThat(ProgressionGate.decide(SafetyHistory.empty()
                                .withReadings(readings(0, 4, 4))
                                .withReadings(readings(1, 3, 4)))
                        .allowed())
                .isTrue();
        assertThat(ProgressionGate.decide(SafetyHistory.empty()
                                .withReadings(readings(0, 4, 4))
                                .withReadings(readings(1, 4, 4)))
                        .allowed())
                .isTrue();
    }

    @Test
    void a_single_week_cannot_be_rising() {
        assertThat(ProgressionGate.decide(SafetyHistory.empty().withReadings(readings(0, 5, 6)))
                        .allowed())
                .isTrue();
    }

    @Test
    void rising_compares_with_the_last_week_that_had_readings() {
        SafetyHistory history =
                SafetyHistory.empty().withReadings(readings(0, 2, 2)).withReadings(readings(3, 3, 3));

        assertThat(ProgressionGate.decide(history).blockers()).containsExactly(ProgressionBlocker.PAIN_RISING);
    }

    @Test
    void rising_is_judged_on_the_last_two_weeks_only() {
        // rose from week 0 to 1, fell from 1 to 2: no longer rising
        SafetyHistory history = SafetyHistory.empty()
                .withReadings(readings(0, 2, 2))
                .withReadings(readings(1, 5, 5))
                .withReadings(readings(2, 4, 4));

        assertThat(ProgressionGate.decide(history).allowed()).isTrue();
    }

    @Test
    void the_low_level_gate_lists_every_blocker() {
        List<WeeklyPain> rising =
                PainWeeks.of(List.of(PainReading.before(Journal.week(0), 2), PainReading.before(Journal.week(1), 8)));

        ProgressionDecision decision = ProgressionGate.decide(
                Set.of(RedFlag.FEVER), Set.of(Referral.SEVERE_PAIN, Referral.NOT_IMPROVING), rising);

        assertThat(decision.blockers()).containsExactlyInAnyOrder(ProgressionBlocker.values());
        assertThat(ProgressionGate.decide(Set.of(), Set.of(), List.of())).isEqualTo(ProgressionDecision.ALLOWED);
    }
}
