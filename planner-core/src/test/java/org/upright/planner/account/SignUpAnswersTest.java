package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;
import org.upright.planner.testsupport.TestAddresses;

/**
 * The sign-up page answers the same for a taken address as for a free one (issue 14; docs/adr/0012
 * promised it once mail exists): the answer must not tell a stranger who has an account.
 */
@DatabaseTest
class SignUpAnswersTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTakenAddressGetsTheAnswerAFreeOneGetsAndTheAccountIsUntouched() {
        String taken = TestAddresses.unique("Already Here");
        accounts.signUp(new SignUpCommand(taken, "the owner's long password", "Already Here", Role.LIFTER));
        Map<String, Object> before = row(taken);

        assertThatCode(() -> accounts.signUp(
                        new SignUpCommand(taken, "a stranger's long password", "Someone Else", Role.COACH),
                        null,
                        "203.0.113.7"))
                .doesNotThrowAnyException();

        assertThat(row(taken)).isEqualTo(before);
    }

    private Map<String, Object> row(String email) {
        return jdbc.queryForMap(
                "select id, password_hash, display_name, role, version from account where email = ?", email);
    }
}
