package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;

@DatabaseTest
class CoachingServiceTest {

    @Autowired
    CoachingService coaching;

    @Autowired
    AccountService accounts;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLifterAcceptsAnInvitationAndTheCoachGainsAccess() {
        AccountSummary coach = people.coach("Ines Inviter");
        AccountSummary lifter = people.lifter("Leo Accepts");

        Invitation invitation =
                people.as(coach, () -> coaching.invite(lifter.email().toUpperCase()));
        assertThat(invitation.isOpen()).isTrue();
        assertThat(invitation.expiresAt()).isEqualTo(invitation.createdAt().plus(Duration.ofDays(14)));
        assertThat(people.as(lifter, () -> coaching.invitationsForMe()))
                .extracting(Invitation::coachName)
                .containsExactly("Ines Inviter");
        assertThat(reaches(coach, lifter)).isFalse();

        AccountSummary myCoach = people.as(lifter, () -> coaching.accept(invitation.code()));

        assertThat(myCoach.id()).isEqualTo(coach.id());
        assertThat(reaches(coach, lifter)).isTrue();
        assertThat(people.as(coach, () -> coaching.myClients()))
                .extracting(AccountSummary::id)
                .containsExactly(lifter.id());
        assertThat(people.as(lifter, () -> coaching.myCoach()))
                .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(coach.id()));
        assertThat(people.as(coach, () -> coaching.pendingInvitations())).isEmpty();
    }

    @Test
    void anInvitationOnlyWorksForTheAddressItWasMadeFor() {
        AccountSummary coach = people.coach("Addressed Coach");
        AccountSummary invited = people.lifter("Invited Ivy");
        AccountSummary other = people.lifter("Other Otto");
        Invitation invitation = people.as(coach, () -> coaching.invite(invited.email()));

        assertThat(people.as(other, () -> coaching.invitation(invitation.code())))
                .isEmpty();
        assertThatThrownBy(() -> people.as(other, () -> coaching.accept(invitation.code())))
                .isInstanceOf(CoachingRejected.class)
                .hasMessageContaining("not for your account");
        assertThat(reaches(coach, other)).isFalse();
    }

    @Test
    void declinedAndExpiredInvitationsCannotBeAccepted() {
        AccountSummary coach = people.coach("Patient Coach");
        AccountSummary decliner = people.lifter("Dee Clines");
        AccountSummary late = people.lifter("Lee Late");
        Invitation declined = people.as(coach, () -> coaching.invite(decliner.email()));
        Invitation expired = people.as(coach, () -> coaching.invite(late.email()));
        jdbc.update(
                "update invitation set expires_at = ? where code = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)),
                expired.code());

        people.as(decliner, () -> coaching.decline(declined.code()));

        assertThatThrownBy(() -> people.as(decliner, () -> coaching.accept(declined.code())))
                .isInstanceOf(CoachingRejected.class)
                .hasMessageContaining("already been answered");
        assertThatThrownBy(() -> people.as(late, () -> coaching.accept(expired.code())))
                .isInstanceOf(CoachingRejected.class)
                .hasMessageContaining("expired");
        assertThat(people.as(late, () -> coaching.invitationsForMe())).isEmpty();
    }

    @Test
    void aLifterHasOneCoachAtATimeAndEndingTheRelationshipRemovesAccess() {
        AccountSummary first = people.coach("First Coach");
        AccountSummary second = people.coach("Second Coach");
        AccountSummary lifter = people.lifter("Mo Monogamous");
        Invitation fromFirst = people.as(first, () -> coaching.invite(lifter.email()));
        Invitation fromSecond = people.as(second, () -> coaching.invite(lifter.email()));
        people.as(lifter, () -> coaching.accept(fromFirst.code()));

        assertThatThrownBy(() -> people.as(lifter, () -> coaching.accept(fromSecond.code())))
                .isInstanceOf(CoachingRejected.class)
                .hasMessageContaining("First Coach");

        people.as(lifter, () -> coaching.endWithMyCoach());
        assertThat(reaches(first, lifter)).isFalse();
        people.as(lifter, () -> coaching.accept(fromSecond.code()));
        assertThat(reaches(second, lifter)).isTrue();

        people.as(second, () -> coaching.endWithClient(lifter.id()));
        assertThat(reaches(second, lifter)).isFalse();
        assertThat(people.as(lifter, () -> coaching.myCoach())).isEmpty();
    }

    @Test
    void onlyCoachesInviteAndNoCoachCanAcceptAnInvitation() {
        AccountSummary lifter = people.lifter("Not A Coach");
        AccountSummary coach = people.coach("Real Coach");
        AccountSummary otherCoach = people.coach("Coach Too");

        assertThatThrownBy(() -> people.as(lifter, () -> coaching.invite("someone@example.com")))
                .isInstanceOf(AccessDeniedException.class);
        // Made like any other, so that the coach learns nothing about the address (docs/adr/0012),
        // but a coach account cannot accept it.
        Invitation toACoach = people.as(coach, () -> coaching.invite(otherCoach.email()));
        assertThatThrownBy(() -> people.as(otherCoach, () -> coaching.accept(toACoach.code())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reaches(coach, otherCoach)).isFalse();
        assertThatThrownBy(() -> people.as(coach, () -> coaching.invite("not an address")))
                .isInstanceOf(CoachingRejected.class)
                .hasMessageContaining("e-mail");
    }

    @Test
    void aCoachCannotListSomeoneElsesClientsByTheirIds() {
        AccountSummary coach = people.coach("Nosy Coach");
        AccountSummary stranger = people.lifter("Stranger Lifter");

        assertThatThrownBy(() -> people.as(coach, () -> coaching.clientsById(java.util.List.of(stranger.id()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Whether {@code who} gets at the lifter's data (here: their name, as a planner screen asks). */
    private boolean reaches(AccountSummary who, AccountSummary lifter) {
        try {
            people.as(who, () -> accounts.lifter(lifter.id()));
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }
}
