package org.upright.planner.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The views’ getTranslation reads the same bundles, in the reader’s language, as the PDFs. */
class BundleTranslationsTest {

    final BundleTranslations translations = new BundleTranslations();

    @Test
    void offersTheFourLanguagesUprightIsWrittenIn() {
        assertThat(translations.getProvidedLocales())
                .extracting(Locale::getLanguage)
                .containsExactly("en", "de", "es", "fr");
    }

    @Test
    void aKeyReadsInTheReadersLanguageWithItsValuesFilledIn() {
        assertThat(translations.getTranslation("ui.shell.signOut", Locale.GERMAN))
                .isEqualTo("Abmelden");
        assertThat(translations.getTranslation("ui.shell.signedInAs", Locale.FRANCE, "Zoé"))
                .isEqualTo("Connecté en tant que Zoé");
        assertThat(translations.getTranslation("ui.shell.signOut", Locale.of("es", "MX")))
                .isEqualTo("Cerrar sesión");
    }

    @Test
    void aLanguageUprightIsNotWrittenInReadsEnglish() {
        assertThat(translations.getTranslation("ui.shell.signOut", Locale.JAPANESE))
                .isEqualTo("Sign out");
        assertThat(translations.getTranslation("ui.shell.signOut", null)).isEqualTo("Sign out");
    }

    @Test
    void aKeyNoBundleHoldsShowsAsTheKey() {
        assertThat(translations.getTranslation("nosuchbundle.title", Locale.GERMAN))
                .isEqualTo("nosuchbundle.title");
        assertThat(translations.getTranslation("ui.no.such.key", Locale.GERMAN)).isEqualTo("ui.no.such.key");
        assertThat(translations.getTranslation("nodot", Locale.GERMAN)).isEqualTo("nodot");
    }
}
