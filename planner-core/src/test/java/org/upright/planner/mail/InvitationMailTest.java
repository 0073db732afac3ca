package org.upright.planner.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingRejected;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.CoachingService.Resent;
import org.upright.planner.account.CoachingService.Withdrawn;
import org.upright.planner.account.Invitation;
import org.upright.planner.account.InvitationStatus;

/**
 * Invitations through a real SMTP server (GreenMail): the link arrives in the invitee's language
 * (else the coach's), can be re-sent within limits and stops working once withdrawn.
 */
class InvitationMailTest {

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");
    private static final Inbox INBOX = new Inbox();
    private static final MailNodes NODES = new MailNodes(INBOX.port());
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        INBOX.start();
        node = NODES.start(true);
    }

    @AfterAll
    static void stop() {
        NODES.close();
        INBOX.close();
    }

    @Test
    void theLinkArrivesInTheInviteesLanguageAndOpensTheInvitation() {
        AccountSummary coach = people().coach("Ines Mailer");
        AccountSummary lifter = people().lifter("Lars Lernt");
        jdbc().update("update account set language = 'de' where id = ?", lifter.id());

        Invitation invitation = people().as(coach, () -> coaching().invite(lifter.email()));

        MimeMessage mail = INBOX.receivedBy(lifter.email(), 1).getFirst();
        assertThat(Inbox.subject(mail)).isEqualTo("Ines Mailer lädt dich ein, gemeinsam mit Upright zu trainieren");
        assertThat(codeIn(Inbox.text(mail))).isEqualTo(invitation.code());
        assertThat(Inbox.html(mail)).contains("/invitation/" + invitation.code());
        assertThat(people().as(coach, () -> coaching().invite(lifter.email())).code())
                .isEqualTo(invitation.code());
        assertThat(outbox().toAddress(lifter.email()))
                .as("inviting the same address again is not a second mail")
                .hasSize(1);

        people().as(lifter, () -> coaching().accept(codeIn(Inbox.text(mail))));
        assertThat(people().as(coach, () -> coaching().myClients()))
                .extracting(AccountSummary::id)
                .containsExactly(lifter.id());
    }

    @Test
    void anAddressWithoutAnAccountIsWrittenToInTheCoachsLanguage() {
        AccountSummary coach = people().coach("Claire Coach");
        jdbc().update("update account set language = 'fr' where id = ?", coach.id());
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        people().as(coach, () -> coaching().invite(stranger));

        assertThat(Inbox.subject(INBOX.receivedBy(stranger, 1).getFirst()))
                .isEqualTo("Claire Coach t’invite à planifier ton entraînement ensemble sur Upright");
    }

    @Test
    void aReSendMailsTheSameLinkAgainWithinLimitsAndKeepsItOpenLonger() {
        AccountSummary coach = people().coach("Ruth Resends");
        String invitee = "resend-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Invitation invitation = people().as(coach, () -> coaching().invite(invitee));

        assertThat(resend(coach, invitation)).as("right after the first mail").isEqualTo(Resent.TOO_SOON);
        assertThat(outbox().toAddress(invitee)).hasSize(1);

        for (int mail = 2; mail <= CoachingService.MAX_SENDS; mail++) {
            lastMailedLongAgo(invitation);
            assertThat(resend(coach, invitation)).isEqualTo(Resent.SENT);
        }
        lastMailedLongAgo(invitation);
        assertThat(resend(coach, invitation)).isEqualTo(Resent.TOO_OFTEN);

        assertThat(INBOX.receivedBy(invitee, CoachingService.MAX_SENDS))
                .hasSize(CoachingService.MAX_SENDS)
                .allSatisfy(m -> assertThat(codeIn(Inbox.text(m))).isEqualTo(invitation.code()));
        Instant expires = jdbc().queryForObject(
                        "select expires_at from invitation where code = ?", java.sql.Timestamp.class, invitation.code())
                .toInstant();
        assertThat(expires).isAfter(invitation.expiresAt());
    }

    @Test
    void aWithdrawnInvitationsLinkChangesNothingAndIsNotMailedAgain() {
        AccountSummary coach = people().coach("Wanda Withdraws");
        AccountSummary lifter = people().lifter("Will Waits");
        Invitation invitation = people().as(coach, () -> coaching().invite(lifter.email()));
        String code = codeIn(Inbox.text(INBOX.receivedBy(lifter.email(), 1).getFirst()));

        assertThat(people().as(coach, () -> coaching().revoke(code))).isEqualTo(Withdrawn.WITHDRAWN);

        assertThatThrownBy(() -> people().as(lifter, () -> coaching().accept(code)))
                .isInstanceOf(CoachingRejected.class);
        assertThatThrownBy(() -> people().as(lifter, () -> coaching().decline(code)))
                .isInstanceOf(CoachingRejected.class);
        assertThat(people().as(lifter, () -> coaching().invitation(code)))
                .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo(InvitationStatus.REVOKED));
        assertThat(people().as(lifter, () -> coaching().myCoach())).isEmpty();
        assertThat(people().as(lifter, () -> coaching().invitationsForMe())).isEmpty();
        assertThat(people().as(coach, () -> coaching().pendingInvitations())).isEmpty();
        assertThat(people().as(coach, () -> coaching().revoke(code))).isEqualTo(Withdrawn.ALREADY_ANSWERED);
        lastMailedLongAgo(invitation);
        assertThat(resend(coach, invitation)).isEqualTo(Resent.ANSWERED);
        assertThat(outbox().toAddress(lifter.email())).hasSize(1);
    }

    @Test
    void onlyTheInvitingCoachMayReSendOrWithdraw() {
        AccountSummary coach = people().coach("Owning Coach");
        AccountSummary otherCoach = people().coach("Other Coach");
        AccountSummary lifter = people().lifter("Lifter Between");
        Invitation invitation = people().as(coach, () -> coaching().invite(lifter.email()));
        lastMailedLongAgo(invitation);

        assertThatThrownBy(() -> people().as(otherCoach, () -> coaching().resend(invitation.code())))
                .isInstanceOf(CoachingRejected.class);
        assertThatThrownBy(() -> people().as(otherCoach, () -> coaching().revoke(invitation.code())))
                .isInstanceOf(CoachingRejected.class);
        assertThatThrownBy(() -> people().as(lifter, () -> coaching().resend(invitation.code())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people().as(lifter, () -> coaching().revoke(invitation.code())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching().resend(invitation.code()))
                .as("nobody signed in")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(outbox().toAddress(lifter.email())).hasSize(1);
        assertThat(people().as(coach, () -> coaching().pendingInvitations()))
                .extracting(Invitation::code)
                .containsExactly(invitation.code());
    }

    private static Resent resend(AccountSummary coach, Invitation invitation) {
        return people().as(coach, () -> coaching().resend(invitation.code()));
    }

    /** As if the last mail went out longer ago than the pause between re-sends. */
    private static void lastMailedLongAgo(Invitation invitation) {
        jdbc().update(
                        "update invitation set last_sent_at = ? where code = ?",
                        java.sql.Timestamp.from(
                                Instant.now().minus(CoachingService.RESEND_PAUSE.plus(Duration.ofMinutes(1)))),
                        invitation.code());
    }

    private static String codeIn(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("the mail carries the link").isTrue();
        return m.group(1);
    }

    private static People people() {
        return node.getBean(People.class);
    }

    private static CoachingService coaching() {
        return node.getBean(CoachingService.class);
    }

    private static Outbox outbox() {
        return node.getBean(Outbox.class);
    }

    private static JdbcTemplate jdbc() {
        return node.getBean(JdbcTemplate.class);
    }
}
