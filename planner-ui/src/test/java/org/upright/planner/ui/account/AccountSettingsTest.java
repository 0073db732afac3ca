package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.testsupport.TestAddresses;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * Password and e-mail address on the settings screen (docs/adr/0024): each problem is said at its
 * field, nothing typed is lost on an error, and nothing changes until it is right.
 */
@UiTest
class AccountSettingsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    JdbcTemplate jdbc;

    AccountSummary me;
    SettingsView view;

    @BeforeEach
    void aCoachOpensSettings() {
        me = new TestPeople(accounts, coaching).create("Sett Ings", Role.COACH);
        TestPeople.signIn(me);
        view = navigate(SettingsView.class);
    }

    @Test
    void aWrongCurrentPasswordAndAShortNewOneAreSaidAtTheirFieldsAndKept() {
        String before = passwordHash();
        PasswordSection section = view.passwordSection;

        test(section.current).setValue("not my password at all");
        test(section.newPassword).setValue("a fine new passphrase");
        test(section.change).click();
        assertThat(section.current.isInvalid()).isTrue();
        assertThat(section.current.getErrorMessage()).isEqualTo("That isn’t your current password.");
        assertThat(section.newPassword.getValue()).isEqualTo("a fine new passphrase");

        test(section.current).setValue(TestPeople.PASSWORD);
        test(section.newPassword).setValue("too short");
        test(section.change).click();
        assertThat(section.current.isInvalid()).isFalse();
        assertThat(section.newPassword.isInvalid()).isTrue();
        assertThat(section.newPassword.getErrorMessage()).contains("at least 12 characters");
        assertThat(section.current.getValue()).isEqualTo(TestPeople.PASSWORD);
        assertThat(passwordHash()).isEqualTo(before);

        test(section.newPassword).setValue("a fine new passphrase");
        test(section.change).click();
        assertThat(section.newPassword.isInvalid()).isFalse();
        assertThat(section.current.getValue()).isEmpty();
        assertThat(passwordHash()).isNotEqualTo(before);
    }

    @Test
    void aNewAddressIsCheckedAtTheFieldThenTheNewInboxIsNamed() {
        EmailSection section = view.emailSection;

        test(section.newEmail).setValue("jürgen@example.com");
        test(section.send).click();
        assertThat(section.newEmail.isInvalid()).isTrue();
        assertThat(section.newEmail.getErrorMessage()).contains("a–z, digits");
        assertThat(section.newEmail.getValue()).isEqualTo("jürgen@example.com");

        String fresh = TestAddresses.unique("Sett New");
        test(section.newEmail).setValue(fresh);
        test(section.send).click();
        assertThat(section.newEmail.isInvalid()).isFalse();
        assertThat(section.answer.getText()).startsWith("Check the inbox of " + fresh);
        assertThat(jdbc.queryForObject("select email from account where id = ?", String.class, me.id()))
                .isEqualTo(me.email());
    }

    private String passwordHash() {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, me.id());
    }
}
