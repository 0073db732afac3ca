package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.ProfileService;
import org.upright.planner.mail.Outbox;

/**
 * Sending a review by e-mail: in the client's language with the coach's note and the printed review
 * attached, recorded so the roster's "last sent" moves on; only the coach, or a lifter without one.
 * No mail server here: the outbox keeps the mail (OutboxAttachmentTest and the two-node test send
 * through a real one).
 */
@DatabaseTest
class ReviewMailingTest {

    @Autowired
    ReviewMailing mailing;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewRhythms rhythms;

    @Autowired
    ProfileService profiles;

    @Autowired
    Outbox outbox;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCoachSendsTheReviewInTheClientsLanguageWithTheNoteAndTheFileAndTheRosterShowsItSent() {
        AccountSummary coach = people.coach("Carla Coach");
        AccountSummary client = people.lifter("Jürgen Client");
        people.coaches(coach, client, false);
        people.as(client, () -> profiles.changeMyLanguage(Locale.GERMAN));
        LocalDate lastWeek = ReviewPeriod.lastCompleteWeek(LocalDate.now(ZoneOffset.UTC));
        people.as(
                coach,
                () -> reviews.saveNote(client.id(), lastWeek, "Mehr Zugübungen, bitte.", ReviewNote.NEVER_SAVED));

        ReviewSent sent = people.as(coach, () -> mailing.send(client.id(), null, 4, "A4"));

        assertThat(sent.to()).isEqualTo(client.email());
        assertThat(outbox.toAddress(client.email())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Deine Auswertung von Upright");
            assertThat(mail.text())
                    .contains("Hallo Jürgen Client,")
                    .contains("Carla Coach hat dir deine Auswertung der letzten 4 Wochen geschickt")
                    .contains("Carla Coach hat eine Notiz dazugeschrieben:")
                    .contains("Mehr Zugübungen, bitte.");
            assertThat(mail.attachments()).containsExactly(sent.fileName());
        });
        assertThat(jdbc.queryForList(
                        "select last_week from review_sent where lifter_id = ? and sent_by = ? and not automatic",
                        LocalDate.class,
                        client.id(),
                        coach.id()))
                .containsExactly(lastWeek);
        assertThat(people.as(coach, () -> rhythms.schedules(List.of(client.id())))
                        .get(client.id())
                        .lastSent())
                .as("the roster's last sent")
                .contains(LocalDate.now(ZoneOffset.UTC));
    }

    @Test
    void aLifterWithACoachLeavesItToTheCoachAndALifterWithoutOneSendsTheirOwn() {
        AccountSummary coach = people.coach("Cora Coach");
        AccountSummary coached = people.lifter("Cody Coached");
        people.coaches(coach, coached, false);
        AccountSummary solo = people.lifter("Sol Solo");

        assertThat(people.as(coached, () -> mailing.maySend(coached.id()))).isFalse();
        assertThatThrownBy(() -> people.as(coached, () -> mailing.send(coached.id(), null, 4, "A4")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(outbox.toAddress(coached.email())).isEmpty();

        assertThat(people.as(solo, () -> mailing.maySend(solo.id()))).isTrue();
        people.as(solo, () -> mailing.send(solo.id(), null, 5, "LETTER"));
        assertThat(outbox.toAddress(solo.email()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Here is your review of the last 5 weeks"));
    }

    @Test
    void aReviewThatCannotBeMadeSendsNothingAndRecordsNothing() {
        AccountSummary coach = people.coach("Fay Future");
        AccountSummary client = people.lifter("Finn Future");
        people.coaches(coach, client, false);

        assertThatThrownBy(() -> people.as(
                        coach,
                        () -> mailing.send(
                                client.id(), LocalDate.now(ZoneOffset.UTC).plusWeeks(2), 4, "A4")))
                .isInstanceOf(ReviewRejected.class);

        assertThat(outbox.toAddress(client.email())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_sent where lifter_id = ?", Integer.class, client.id()))
                .isZero();
    }

    @Test
    void theDatabaseRefusesASecondAutomaticSendOfTheSamePeriodAndNothingMoreIsQueued() {
        AccountSummary coach = people.coach("Una Unique");
        AccountSummary client = people.lifter("Ulla Unique");
        people.coaches(coach, client, false);
        people.as(coach, () -> mailing.sendDue(client.id(), 4));

        // No "is it due?" question here: the unique constraint alone stops the second.
        assertThatThrownBy(() -> people.as(coach, () -> mailing.sendDue(client.id(), 4)))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(outbox.toAddress(client.email())).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_sent where lifter_id = ? and automatic",
                        Integer.class,
                        client.id()))
                .isEqualTo(1);
        // a coach may still send the same weeks again by hand (a corrected note)
        people.as(coach, () -> mailing.send(client.id(), null, 4, "A4"));
        assertThat(outbox.toAddress(client.email())).hasSize(2);
    }
}
