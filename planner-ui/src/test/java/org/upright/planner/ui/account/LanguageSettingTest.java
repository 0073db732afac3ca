package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.i18n.LanguageNames;

/**
 * The language each person reads Upright in (issue 13): the browser's on the first visit, then their
 * own setting, changed in Settings and in force at once.
 */
@UiTest
class LanguageSettingTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    ProfileService profiles;

    AccountSummary lifter;

    @BeforeEach
    void aLifterWhoHasNeverChosenALanguage() {
        lifter = new TestPeople(accounts, coaching).create("Lena Lang", Role.LIFTER);
        TestPeople.signIn(lifter);
    }

    @Test
    void theFirstVisitSpeaksTheBrowsersLanguageAndKeepsItAsTheSetting() {
        UI.getCurrent().setLocale(Locale.GERMAN); // what Vaadin matched from Accept-Language: de-DE

        SettingsView view = navigate(SettingsView.class);

        assertThat($view(H2.class).first().getText()).isEqualTo("Einstellungen");
        assertThat(view.save.getText()).isEqualTo("Speichern");
        assertThat(profiles.myLanguage()).contains(Locale.GERMAN);
        assertThat(profiles.languageOf(lifter.id())).isEqualTo(Locale.GERMAN);
    }

    @Test
    void theStoredLanguageWinsOverTheBrowsersOnTheNextVisit() {
        profiles.changeMyLanguage(Locale.FRANCE);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        SettingsView view = navigate(SettingsView.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat($view(H2.class).first().getText()).isEqualTo("Paramètres");
        assertThat(view.language.getValue()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void choosingALanguageInSettingsStoresItAndSwitchesTheScreens() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.language.getValue()).isEqualTo(Locale.ENGLISH);

        test(view.language).selectItem("Español");

        assertThat(profiles.myLanguage()).contains(Locale.of("es"));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.of("es"));
        assertThat(view.getTranslation("ui.settings.title")).isEqualTo("Ajustes");
    }

    @Test
    void everyLanguageIsOfferedInItsOwnName() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        SettingsView view = navigate(SettingsView.class);

        assertThat(view.language.getListDataView().getItems().map(LanguageNames::ownName))
                .containsExactly("English", "Deutsch", "Español", "Français");
    }

    @Test
    void aLanguageUprightIsNotWrittenInReadsEnglishAndIsStoredAsEnglish() {
        UI.getCurrent().setLocale(Locale.JAPANESE);

        navigate(SettingsView.class);

        assertThat($view(H2.class).first().getText()).isEqualTo("Settings");
        assertThat(profiles.myLanguage()).contains(Locale.ENGLISH);
    }
}
