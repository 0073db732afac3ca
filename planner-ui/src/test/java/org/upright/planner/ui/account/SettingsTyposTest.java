package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.form.BrowserTyping;

/** A self-coached lifter's own targets: a typo is marked and the stored targets stay. */
@UiTest
class SettingsTyposTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    ProfileService profiles;

    AccountSummary lifter;
    SettingsView view;

    @BeforeEach
    void aLifterWithTargetsOpensSettings() {
        lifter = new TestPeople(accounts, coaching).create("Sam Self", Role.LIFTER);
        TestPeople.signIn(lifter);
        profiles.update(lifter.id(), new TrainingProfile(false, Set.of(), 1.5, 3, TrainingProfile.NEVER_SAVED));
        view = navigate(SettingsView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2", "1e3", "2.5-"})
    void aTypoInTheRatioKeepsBothTargets(String typo) {
        BrowserTyping.type(view.pushPullTarget, typo);
        test(view.save).click();

        TrainingProfile stored = profiles.profileOf(lifter.id());
        assertThat(stored.pushPullTarget()).isEqualTo(1.5);
        assertThat(stored.mobilityTarget()).isEqualTo(3);
        assertThat(view.pushPullTarget.isInvalid()).isTrue();
    }

    @Test
    void aTypoInTheMobilityTargetKeepsIt() {
        BrowserTyping.type(view.mobilityTarget, "2-3");
        test(view.save).click();

        assertThat(profiles.profileOf(lifter.id()).mobilityTarget()).isEqualTo(3);
        assertThat(view.mobilityTarget.isInvalid()).isTrue();
    }
}
