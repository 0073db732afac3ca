package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.CoreTestApplication;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

@SpringBootTest(classes = CoreTestApplication.class, properties = "upright.sign-up.invite-only=true")
@Import(TestDatabaseConfiguration.class)
class InviteOnlySignUpTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CoachingService coaching;

    @Test
    void withInviteOnlySignUpNobodyCanCreateAnAccountOnTheirOwn() {
        assertThat(accounts.isSignUpOpen()).isFalse();

        assertThatThrownBy(() -> accounts.createConfirmed(
                        new SignUpCommand("walk-in@example.com", "a perfectly fine password", "Walk In", Role.LIFTER)))
                .isInstanceOfSatisfying(
                        SignUpRejected.class,
                        rejected -> assertThat(rejected.fieldErrors().get(SignUpRejected.FORM))
                                .contains("invitation"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from account where email = 'walk-in@example.com'", Integer.class))
                .isZero();
    }

    @Test
    void anInvitedLifterSignsUpWithTheInvitationForTheirOwnAddressOnly() {
        long coachId = newCoach();
        Invitation invitation = invitationFrom(coachId, "invited-" + coachId + "@example.com");

        assertThatThrownBy(() -> accounts.createConfirmed(
                        new SignUpCommand(
                                "someone-else-" + coachId + "@example.com",
                                "a perfectly fine password",
                                "Else",
                                Role.LIFTER),
                        invitation.code()))
                .isInstanceOf(SignUpRejected.class);
        AccountSummary created = accounts.createConfirmed(
                new SignUpCommand(
                        "invited-" + coachId + "@example.com", "a perfectly fine password", "Invited", Role.LIFTER),
                invitation.code());
        assertThat(created.email()).isEqualTo("invited-" + coachId + "@example.com");
    }

    @Test
    void anInvitationMakesALifterEvenWhenTheFormAsksForACoach() {
        long coachId = newCoach();
        Invitation invitation = invitationFrom(coachId, "would-be-coach-" + coachId + "@example.com");

        AccountSummary created = accounts.createConfirmed(
                new SignUpCommand(
                        "would-be-coach-" + coachId + "@example.com",
                        "a perfectly fine password",
                        "Would Be",
                        Role.COACH),
                invitation.code());

        assertThat(created.role()).isEqualTo(Role.LIFTER);
        assertThat(jdbc.queryForObject(
                        "select role from account where email = ?",
                        String.class,
                        "would-be-coach-" + coachId + "@example.com"))
                .isEqualTo("LIFTER");
    }

    /** Sign-up is closed here, so the coach is stored directly. */
    private long newCoach() {
        long coachId = jdbc.queryForObject("select nextval('account_seq')", Long.class);
        jdbc.update(
                "insert into account (id, email, password_hash, display_name, role, created_at, version, weight_unit)"
                        + " values (?, ?, 'x', 'Invite Coach', 'COACH', current_timestamp, 0, 'KG')",
                coachId,
                "invite-coach-" + coachId + "@example.com");
        return coachId;
    }

    /** The coach's invitation for {@code email}, made as that coach. */
    private Invitation invitationFrom(long coachId, String email) {
        var coach = new SignedInAccount(
                coachId, "invite-coach-" + coachId + "@example.com", "Invite Coach", Role.COACH, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coach, null, coach.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return coaching.invite(email);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
