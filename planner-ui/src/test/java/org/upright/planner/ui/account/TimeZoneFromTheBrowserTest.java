package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * Issue 13: a person's time zone comes from their browser on the first visit, is shown in Settings
 * and can be changed there; the browser never overrides the choice afterwards.
 */
@UiTest
class TimeZoneFromTheBrowserTest extends SpringBrowserlessTest {

    static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    TimeZoneService zones;

    AccountSummary lifter;

    @BeforeEach
    void aNewLifterSignsIn() {
        lifter = new TestPeople(accounts, coaching).create("Zed Zone", Role.LIFTER);
        TestPeople.signIn(lifter);
    }

    @Test
    void theFirstVisitTakesTheBrowsersZoneAndSettingsChangesIt() {
        assertThat(zones.myZone()).as("nothing known before the first visit").isEqualTo(ZoneId.of("UTC"));
        browserSays(KIRITIMATI.getId());

        SettingsView first = navigate(SettingsView.class);

        assertThat(zones.myZone()).isEqualTo(KIRITIMATI);
        SettingsView settings = navigate(SettingsView.class);
        assertThat(settings.zone.getValue()).isEqualTo(KIRITIMATI);
        assertThat(first).isNotNull();

        test(settings.zone).selectItem(TimeZoneField.label(NEW_YORK));

        assertThat(zones.myZone()).isEqualTo(NEW_YORK);
        browserSays("Europe/Berlin"); // a later visit from a laptop on a trip
        assertThat(navigate(SettingsView.class).zone.getValue())
                .as("the choice made in Settings stays")
                .isEqualTo(NEW_YORK);
        assertThat(zones.myZone()).isEqualTo(NEW_YORK);
    }

    @Test
    void settingsOffersEveryRegionZoneAndUtcButNoFixedOffsets() {
        assertThat(TimeZoneField.choices())
                .contains(ZoneId.of("UTC"), KIRITIMATI, ZoneId.of("Pacific/Pago_Pago"), NEW_YORK)
                .noneMatch(
                        zone -> zone.getId().startsWith("Etc/") || zone.getId().startsWith("+"));
        assertThat(TimeZoneField.label(ZoneId.of("Pacific/Pago_Pago"))).isEqualTo("Pacific/Pago Pago (UTC−11:00)");
    }

    /** What the browser reports at bootstrap (Vaadin's extended client details, `v-tzid`). */
    private static void browserSays(String zoneId) {
        Map<String, String> values = Map.ofEntries(
                Map.entry("v-sw", "1280"),
                Map.entry("v-sh", "800"),
                Map.entry("v-ww", "1280"),
                Map.entry("v-wh", "700"),
                Map.entry("v-bw", "1280"),
                Map.entry("v-bh", "700"),
                Map.entry("v-tzo", "0"),
                Map.entry("v-rtzo", "0"),
                Map.entry("v-dstd", "0"),
                Map.entry("v-dston", "false"),
                Map.entry("v-tzid", zoneId));
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), values::get);
    }
}
