package org.upright.planner.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WarningSignWordsTest {

    @ParameterizedTest(name = "\"{0}\" hints at {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "My left arm went numb during the rows | NUMBNESS_TINGLING_OR_WEAKNESS",
                "Some numbness in two fingers | NUMBNESS_TINGLING_OR_WEAKNESS",
                "Tingling down the arm after bench | NUMBNESS_TINGLING_OR_WEAKNESS",
                "pins and needles in my hand | NUMBNESS_TINGLING_OR_WEAKNESS",
                "My legs feel weak on the stairs | NUMBNESS_TINGLING_OR_WEAKNESS",
                "Weakness in the right arm | NUMBNESS_TINGLING_OR_WEAKNESS",
                "Had a FEVER yesterday | FEVER",
                "feverish and achy | FEVER",
                "Trouble with my bladder | LOSS_OF_BLADDER_OR_BOWEL_CONTROL",
                "bowel problems | LOSS_OF_BLADDER_OR_BOWEL_CONTROL",
                "some incontinence | LOSS_OF_BLADDER_OR_BOWEL_CONTROL",
                "Worse at night | PAIN_WORSE_AT_NIGHT",
                "It kept me up all night. | PAIN_WORSE_AT_NIGHT",
                "I fell off my bike | PAIN_AFTER_FALL_OR_INJURY",
                "Started after a fall on ice | PAIN_AFTER_FALL_OR_INJURY",
                "small car accident on Monday | PAIN_AFTER_FALL_OR_INJURY",
                "Injured it moving house | PAIN_AFTER_FALL_OR_INJURY",
                "some weight loss lately | UNEXPLAINED_WEIGHT_LOSS",
                "I've lost weight without dieting | UNEXPLAINED_WEIGHT_LOSS",
            })
    void a_warning_sign_in_plain_words_is_found(String note, RedFlag flag) {
        assertThat(WarningSignWords.mentionedIn(note)).contains(flag);
        assertThat(WarningSignWords.mentionsAny(note)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" hints at nothing")
    @ValueSource(
            strings = {
                "",
                "   ",
                "stiff after the drive",
                "a number of sets felt heavy",
                "felt weak on bench today",
                "tonight I will stretch",
                "my training fellow spotted me",
                "tight between the shoulder blades"
            })
    void ordinary_notes_are_left_alone(String note) {
        assertThat(WarningSignWords.mentionedIn(note)).isEmpty();
        assertThat(WarningSignWords.mentionsAny(note)).isFalse();
    }

    @Test
    void weakness_needs_a_limb_in_the_same_sentence() {
        assertThat(WarningSignWords.mentionsAny("Felt weak. My arm is fine.")).isFalse();
        assertThat(WarningSignWords.mentionsAny("Felt weak in my arm.")).isTrue();
    }

    @Test
    void accents_and_capitals_do_not_hide_a_word_and_several_signs_are_all_named() {
        assertThat(WarningSignWords.mentionedIn("NUMB hand, and a fèver since the fall"))
                .isEqualTo(Set.of(
                        RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS, RedFlag.FEVER, RedFlag.PAIN_AFTER_FALL_OR_INJURY));
    }

    @Test
    void null_is_no_note() {
        assertThat(WarningSignWords.mentionedIn(null)).isEmpty();
    }

    @Test
    void every_shipped_language_names_every_warning_sign() {
        WarningSignWords.STEMS.forEach((language, stems) -> assertThat(
                        stems.stream().map(WarningSignWords.Stem::flag).distinct())
                .as("stems for %s", language)
                .containsExactlyInAnyOrder(RedFlag.values()));
    }
}
