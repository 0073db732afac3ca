package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;
import org.upright.planner.mail.Outbox;
import org.upright.planner.mail.SentMail;
import org.upright.planner.testsupport.TestAddresses;

/**
 * The sign-up page answers the same for a taken address as for a free one (issue 14; docs/adr/0012
 * promised it once mail exists, 0024): the answer must not tell a stranger who has an account. The
 * difference is in the mail, which only the address's owner reads.
 */
@DatabaseTest
class SignUpAnswersTest {

    @Autowired
    AccountService accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTakenAddressGetsTheAnswerAFreeOneGetsAndTheAccountIsUntouched() {
        String taken = TestAddresses.unique("Already Here");
        accounts.createConfirmed(new SignUpCommand(taken, "the owner's long password", "Already Here", Role.LIFTER));
        Map<String, Object> before = row(taken);

        assertThatCode(() -> accounts.signUp(
                        new SignUpCommand(taken, "a stranger's long password", "Someone Else", Role.COACH),
                        null,
                        "203.0.113.7",
                        Locale.ENGLISH))
                .doesNotThrowAnyException();

        assertThat(row(taken)).isEqualTo(before);
        assertThat(outbox.toAddress(taken))
                .extracting(SentMail::subject)
                .containsExactly("Someone tried to sign up with your address");
    }

    @Test
    void aFreeAddressGetsAnUnconfirmedAccountAndAConfirmationMail() {
        String free = TestAddresses.unique("New Person");

        accounts.signUp(
                new SignUpCommand(free, "a new person's password", "New Person", Role.COACH),
                null,
                "203.0.113.8",
                Locale.GERMAN);

        assertThat(row(free)).containsEntry("role", "COACH").containsEntry("email_confirmed_at", null);
        assertThat(outbox.toAddress(free))
                .extracting(SentMail::subject)
                .containsExactly("Bestätige deine E-Mail-Adresse für Upright");
    }

    private Map<String, Object> row(String email) {
        return jdbc.queryForMap(
                "select id, password_hash, display_name, role, version, email_confirmed_at from account where email = ?",
                email);
    }
}
