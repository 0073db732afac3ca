package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.account.internal.ResetTokens;
import org.upright.planner.testsupport.TestAddresses;
import org.upright.planner.ui.UiTest;

/**
 * Where the sign-up mail's link leads (docs/adr/0024): a good link confirms once and leads on to
 * sign-in; a used, expired or forged one gets a page that says so and confirms nothing.
 */
@UiTest
@WithAnonymousUser
class ConfirmEmailViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGoodLinkConfirmsOnceAndThenSaysItWasUsed() {
        String email = TestAddresses.unique("Link Follower");
        long id = unconfirmed(email);
        link("good-link-" + id, id, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));

        assertThat(open("good-link-" + id).message.getText()).contains("Sign in with your e-mail address");
        assertThat(confirmedAt(id)).isNotNull();

        assertThat(open("good-link-" + id).message.getText()).contains("already been used");
    }

    @Test
    void expiredAndForgedLinksSaySoAndConfirmNothing() {
        String email = TestAddresses.unique("Late Comer");
        long id = unconfirmed(email);
        link("late-link-" + id, id, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));

        assertThat(open("late-link-" + id).message.getText()).contains("valid for 24 hours");
        assertThat(open("forged-" + id).message.getText())
                .contains("We don’t recognise this link")
                .contains("Nothing has been changed");
        assertThat(confirmedAt(id)).isNull();
    }

    private ConfirmEmailView open(String token) {
        UI.getCurrent().navigate(ConfirmEmailView.class, QueryParameters.of("token", token));
        return (ConfirmEmailView) getCurrentView();
    }

    private long unconfirmed(String email) {
        accounts.signUp(
                new SignUpCommand(email, "a long enough password", "Someone", Role.LIFTER),
                null,
                "192.0.2.10",
                Locale.ENGLISH);
        return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
    }

    private void link(String token, long accountId, OffsetDateTime expires) {
        jdbc.update(
                "insert into password_reset_token (token_hash, account_id, purpose, email, created_at, expires_at)"
                        + " values (?, ?, 'CONFIRM_ADDRESS', (select email from account where id = ?), ?, ?)",
                ResetTokens.hash(token),
                accountId,
                accountId,
                expires.minusHours(24),
                expires);
    }

    private OffsetDateTime confirmedAt(long id) {
        return jdbc.queryForObject("select email_confirmed_at from account where id = ?", OffsetDateTime.class, id);
    }
}
