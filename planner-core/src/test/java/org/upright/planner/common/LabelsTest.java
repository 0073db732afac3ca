package org.upright.planner.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.Severity;
import org.upright.planner.coaching.AttentionReason;
import org.upright.planner.coaching.PainTrend;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.MovementPattern;
import org.upright.planner.journal.LogStatus;
import org.upright.planner.safety.PainLocation;

class LabelsTest {

    /** Every enum a user reads by name. A new constant fails here until it has its label. */
    static final List<Class<? extends Enum<?>>> LABELLED = List.of(
            SessionKind.class,
            BlockType.class,
            MovementPattern.class,
            MovementPattern.Group.class,
            Equipment.class,
            DoseType.class,
            Severity.class,
            RuleId.class,
            LogStatus.class,
            PainLocation.class,
            PainTrend.class,
            AttentionReason.class,
            WeightUnit.class,
            DayOfWeek.class);

    @Test
    void everyLabelledConstantHasItsLabelInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Locale language : Texts.LANGUAGES) {
                    String label = Labels.render(constant, language);
                    if (label.equals(Labels.key(constant)) || label.isBlank()) {
                        missing.add(Labels.key(constant) + " (" + language + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void sessionKindsAreSpelledOneWayEverywhere() {
        assertThat(Labels.key(SessionKind.BACK_CARE_ROUTINE)).isEqualTo("domain.sessionKind.BACK_CARE_ROUTINE");
        assertThat(Texts.render(SessionKind.BACK_CARE_ROUTINE.label(), Locale.ENGLISH))
                .isEqualTo("Back-care routine");
        assertThat(Texts.render(SessionKind.BACK_CARE_ROUTINE.label(), Locale.GERMAN))
                .isEqualTo("Rückenprogramm");
    }

    @Test
    void aNestedEnumTakesItsOwnersNameInItsKey() {
        assertThat(Labels.key(MovementPattern.Group.CONDITIONING))
                .isEqualTo("domain.movementPatternGroup.CONDITIONING");
        assertThat(Labels.render(MovementPattern.Group.MOBILITY_AND_RECOVERY, Locale.FRENCH))
                .isEqualTo("Mobilité et récupération");
    }

    @Test
    void weekdaysInASentenceAreLowerCaseWhereTheLanguageSaysSo() {
        assertThat(Texts.render(Labels.dayInSentence(DayOfWeek.MONDAY), Locale.FRENCH))
                .isEqualTo("lundi");
        assertThat(Labels.render(DayOfWeek.MONDAY, Locale.FRENCH)).isEqualTo("Lundi");
        assertThat(Texts.render(Labels.dayInSentence(DayOfWeek.MONDAY), Locale.GERMAN))
                .isEqualTo("Montag");
        assertThat(Stream.of(DayOfWeek.values()).map(d -> Labels.render(d, Locale.ENGLISH)))
                .startsWith("Monday", "Tuesday");
    }
}
