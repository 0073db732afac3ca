package org.upright.planner.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.embedded.KeepsSecurityStrategy;
import org.upright.planner.testsupport.TestDatabaseConfiguration;
import org.upright.planner.ui.TestPeople;

/**
 * Invite-only sign-up through a coach's invitation link (issue 11, point 4): the invitation makes a
 * lifter account, nothing else, even when the form arrives with "Coaching others" chosen.
 */
@SpringBootTest(
        classes = UprightApplication.class,
        properties = {"upright.demo-data=never", "upright.sign-up.invite-only=true"})
@Import(TestDatabaseConfiguration.class)
@WithAnonymousUser
// Starts an application context of its own (other properties): keep the other classes' security strategy.
@ExtendWith(KeepsSecurityStrategy.class)
class InvitedSignUpViewTest extends SpringBrowserlessTest {

    @Autowired
    CoachingService coaching;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInvitationSentWithCoachingOthersChosenStillMakesALifter() {
        AccountSummary coach = coach();
        String email = "invited-" + UUID.randomUUID() + "@example.com";
        String code = TestPeople.as(coach, () -> coaching.invite(email).code());
        UI.getCurrent().navigate(SignUpView.class, QueryParameters.of("invitation", code));
        SignUpView view = (SignUpView) getCurrentView();

        test(view.displayName).setValue("Invited Ivo");
        test(view.email).setValue(email);
        test(view.password).setValue("a long enough password");
        // What a forged request sends, whatever the page shows: the value of "Coaching others".
        view.role.setValue(Role.COACH);
        test(view.create).click();

        assertThat(jdbc.queryForList("select role from account where email = ?", String.class, email))
                .containsExactly("LIFTER");
    }

    /** Sign-up is closed here, so the coach is stored directly. */
    private AccountSummary coach() {
        long id = jdbc.queryForObject("select nextval('account_seq')", Long.class);
        String email = "inviting-coach-" + id + "@example.com";
        jdbc.update(
                "insert into account (id, email, password_hash, display_name, role, created_at, version)"
                        + " values (?, ?, '{noop}unused', 'Inviting Coach', 'COACH', current_timestamp, 0)",
                id,
                email);
        return new AccountSummary(id, email, "Inviting Coach", Role.COACH);
    }
}
