package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.CoreTestApplication;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

@SpringBootTest(classes = CoreTestApplication.class, properties = "upright.sign-up.invite-only=true")
@Import(TestDatabaseConfiguration.class)
class InviteOnlySignUpTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withInviteOnlySignUpNobodyCanCreateAnAccountOnTheirOwn() {
        assertThat(accounts.isSignUpOpen()).isFalse();

        assertThatThrownBy(() -> accounts.signUp(
                        new SignUpCommand("walk-in@example.com", "a perfectly fine password", "Walk In", Role.LIFTER)))
                .isInstanceOfSatisfying(
                        SignUpRejected.class,
                        rejected -> assertThat(rejected.fieldErrors().get(SignUpRejected.FORM))
                                .contains("invitation"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from account where email = 'walk-in@example.com'", Integer.class))
                .isZero();
    }
}
