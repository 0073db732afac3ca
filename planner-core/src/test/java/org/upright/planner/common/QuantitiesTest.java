package org.upright.planner.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.exercise.Dose;

class QuantitiesTest {

    private static final Locale SPANISH = Locale.of("es");

    @Test
    void aRangeIsWrittenWithAnEnDashAndOneNumberWhenBothEndsAgree() {
        assertThat(Quantities.range(2, 3)).isEqualTo("2–3");
        assertThat(Quantities.range(3, 3)).isEqualTo("3");
        assertThatThrownBy(() -> Quantities.range(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalsUseTheReadersDecimalSignAndDropTrailingZeros() {
        assertThat(Quantities.number(12, Locale.ENGLISH)).isEqualTo("12");
        assertThat(Quantities.number(12.5, Locale.ENGLISH)).isEqualTo("12.5");
        assertThat(Quantities.number(12.5, Locale.GERMAN)).isEqualTo("12,5");
        assertThat(Quantities.number(0.8333, Locale.FRENCH)).isEqualTo("0,83");
        assertThat(Quantities.number(0.125, Locale.ENGLISH)).isEqualTo("0.13");
    }

    @Test
    void percentagesTakeTheSpaceTheLanguagePutsBeforeTheSign() {
        assertThat(Quantities.percent(0.8, Locale.ENGLISH)).isEqualTo("80%");
        assertThat(Quantities.percent(0.8, Locale.GERMAN)).isEqualTo("80\u00a0%");
        assertThat(Quantities.percent(0.8, SPANISH)).isEqualTo("80\u00a0%");
        // French CLDR writes a narrow no-break space the PDFs' fonts lack: the ordinary one instead
        assertThat(Quantities.percent(0.8, Locale.FRENCH)).isEqualTo("80\u00a0%");
        assertThat(Quantities.percentPoints(75, Locale.ENGLISH)).isEqualTo("75%");
    }

    @Test
    void loadsAreStoredInKilogramsAndShownInTheLiftersUnitWithTheExactPound() {
        assertThat(Quantities.kilograms(62.5, Locale.GERMAN)).isEqualTo("62,5 kg");
        assertThat(Quantities.kilograms(60, Locale.ENGLISH)).isEqualTo("60 kg");
        assertThat(Quantities.pounds(100, Locale.ENGLISH)).isEqualTo("220.5 lb");
        assertThat(WeightUnit.LB.format(20, Locale.FRENCH)).isEqualTo("44,1 lb");
        assertThat(WeightUnit.LB.toKilograms(1)).isEqualTo(Quantities.KILOGRAMS_PER_POUND);
    }

    @Test
    void setsAndMinutesAreCountedInWords() {
        assertThat(Texts.render(Quantities.sets(1), Locale.ENGLISH)).isEqualTo("1 set");
        assertThat(Texts.render(Quantities.sets(3), Locale.ENGLISH)).isEqualTo("3 sets");
        assertThat(Texts.render(Quantities.sets(3), Locale.GERMAN)).isEqualTo("3 Sätze");
        assertThat(Texts.render(Quantities.sets(1), Locale.FRENCH)).isEqualTo("1 série");
        assertThat(Texts.render(Quantities.minutes(16), SPANISH)).isEqualTo("16 minutos");
    }

    @Test
    void aDoseReadsAsACoachWouldWriteItInEachLanguage() {
        Dose rounds = Dose.rounds(1, 8, 12);
        Dose hold = Dose.hold(2, 20, 30, true).upToSets(3);

        assertThat(rounds.describe()).isEqualTo("8–12 rounds");
        assertThat(Texts.render(rounds.text(), Locale.GERMAN)).isEqualTo("8–12 Runden");
        assertThat(Texts.render(hold.text(), Locale.ENGLISH)).isEqualTo("2–3 × 20–30 s per side");
        assertThat(Texts.render(hold.text(), Locale.FRENCH)).isEqualTo("2–3 × 20–30 s de chaque côté");
        assertThat(Texts.render(Dose.minutes(15, 20).text(), Locale.GERMAN)).isEqualTo("15–20 Min.");
    }
}
