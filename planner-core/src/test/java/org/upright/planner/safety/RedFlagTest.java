package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.planner.common.Texts;

class RedFlagTest {

    @Test
    void there_are_the_six_red_flags_of_the_spec() {
        assertThat(RedFlag.values()).hasSize(6);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void every_flag_asks_a_question_and_tells_the_lifter_what_to_do(RedFlag flag) {
        assertThat(Texts.render(flag.question(), Locale.ENGLISH)).endsWith("?");
        assertThat(Texts.render(flag.notice(), Locale.ENGLISH)).contains("paused");
        assertThat(Texts.render(flag.notice(), Locale.ENGLISH)).containsAnyOf("now", "emergency");
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void every_flag_reads_in_german_french_and_spanish_too(RedFlag flag) {
        assertThat(Texts.render(flag.question(), Locale.GERMAN)).endsWith("?");
        assertThat(Texts.render(flag.notice(), Locale.GERMAN)).contains("pausiert");
        assertThat(Texts.render(flag.question(), Locale.FRENCH)).endsWith(" ?");
        assertThat(Texts.render(flag.notice(), Locale.FRENCH)).contains("pause");
        assertThat(Texts.render(flag.question(), Locale.of("es")))
                .startsWith("¿")
                .endsWith("?");
        assertThat(Texts.render(flag.notice(), Locale.of("es"))).contains("pausa");
    }

    @Test
    void loss_of_bladder_or_bowel_control_is_the_one_emergency() {
        RedFlag flag = RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL;

        assertThat(flag.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(flag.isEmergency()).isTrue();
        assertThat(Texts.render(flag.notice(), Locale.ENGLISH))
                .containsIgnoringCase("urgent")
                .containsIgnoringCase("emergency care");
        assertThat(Arrays.stream(RedFlag.values()).filter(f -> f != flag)).allSatisfy(other -> {
            assertThat(other.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL_NOW);
            assertThat(Texts.render(other.notice(), Locale.ENGLISH)).contains("see a doctor");
        });
    }

    @Test
    void questions_and_notices_are_all_different() {
        assertThat(Arrays.stream(RedFlag.values()).map(RedFlag::question)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(RedFlag.values()).map(RedFlag::notice)).doesNotHaveDuplicates();
    }

    @Test
    void urgency_is_ordered_from_advice_to_emergency() {
        assertThat(Urgency.EMERGENCY.isMoreUrgentThan(Urgency.SEE_PROFESSIONAL_NOW))
                .isTrue();
        assertThat(Urgency.SEE_PROFESSIONAL_NOW.isMoreUrgentThan(Urgency.RECOMMEND_PROFESSIONAL))
                .isTrue();
        assertThat(Urgency.RECOMMEND_PROFESSIONAL.isMoreUrgentThan(Urgency.EMERGENCY))
                .isFalse();
    }
}
