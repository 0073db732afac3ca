package org.upright.planner.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aTextIsRenderedInTheReadersLanguage() {
        Text greeting = Text.of("testing.greeting", "Mia");

        assertThat(Texts.render(greeting, Locale.ENGLISH)).isEqualTo("Hello Mia");
        assertThat(Texts.render(greeting, Locale.GERMANY)).isEqualTo("Hallo Mia");
    }

    @Test
    void numbersFollowTheReadersLocale() {
        assertThat(Texts.render(Locale.GERMAN, "testing.sets", 2.5)).isEqualTo("2,5 Sätze");
        assertThat(Texts.render(Locale.UK, "testing.sets", 2.5)).isEqualTo("2.5 sets");
    }

    @Test
    void aDayIsWrittenTheReadersWayAndStaysThatDayWhateverTheServersZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            // West of UTC, midnight UTC is still the day before: the day must not slip back.
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            LocalDate day = LocalDate.of(2026, 11, 30);
            assertThat(Texts.render(Locale.GERMAN, "testing.since", day)).isEqualTo("seit dem 30. November 2026");
            assertThat(Texts.render(Locale.US, "testing.since", day)).isEqualTo("since November 30, 2026");
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void aRefusalLogsItsReasonInEnglish() {
        Refusal refused = new Refusal(Text.of("testing.greeting", "Mia"));

        assertThat(refused.getMessage()).isEqualTo("Hello Mia");
        assertThat(Texts.render(refused.reason(), Locale.GERMAN)).isEqualTo("Hallo Mia");
    }

    @Test
    void aNestedTextIsRenderedInTheSameLanguage() {
        Text finding = Text.of("testing.finding", Text.of("testing.kind.mobility"));

        assertThat(Texts.render(finding, Locale.GERMAN)).isEqualTo("Füge eine Mobilitätseinheit hinzu");
    }

    @Test
    void aLanguageUprightIsNotWrittenInFallsBackToEnglishNotToTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Texts.render(Locale.of("fi"), "testing.greeting", "Mia")).isEqualTo("Hello Mia");
            assertThat(Texts.supported(Locale.of("fi"))).isEqualTo(Locale.ENGLISH);
            assertThat(Texts.supported(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aKeyMissingInOneLanguageShowsTheEnglishWords() {
        assertThat(Texts.render(Locale.GERMAN, "testing.onlyEnglish")).isEqualTo("Only in English");
    }

    @Test
    void anUnknownKeyShowsAsItselfRatherThanFailingTheScreen() {
        assertThat(Texts.exists("testing.nothing")).isFalse();
        assertThat(Texts.render(Locale.ENGLISH, "testing.nothing")).isEqualTo("testing.nothing");
    }

    @Test
    void aKeyNamesItsBundle() {
        assertThat(Text.of("domain.finding.x").bundle()).isEqualTo("domain");
        assertThatThrownBy(() -> Text.of("nobundle")).isInstanceOf(IllegalArgumentException.class);
    }
}
