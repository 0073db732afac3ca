package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;

/** Each client's review rhythm and when the next review is due, as the roster shows it. */
@DatabaseTest
class ReviewRhythmsTest {

    @Autowired
    ReviewRhythms rhythms;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    static LocalDate lastComplete() {
        return ReviewPeriod.lastCompleteWeek(LocalDate.now(ZoneOffset.UTC));
    }

    @Test
    void aReviewIsDueOnceTheRhythmsWeeksHavePassedSinceTheLastOneSent() {
        AccountSummary coach = people.coach("Rita Rhythm");
        AccountSummary recent = people.lifter("Rick Recent");
        AccountSummary overdue = people.lifter("Olga Overdue");
        AccountSummary fresh = people.lifter("Fred Fresh");
        for (AccountSummary client : List.of(recent, overdue, fresh)) {
            people.coaches(coach, client, false);
        }
        // Reviewed up to last week: the next, in the default rhythm of 4 weeks, ends 4 weeks later.
        sent(recent, coach, lastComplete(), LocalDate.now(ZoneOffset.UTC));
        // Reviewed 6 weeks ago, rhythm 5: due.
        sent(
                overdue,
                coach,
                lastComplete().minusWeeks(6),
                LocalDate.now(ZoneOffset.UTC).minusWeeks(5));
        people.as(coach, () -> rhythms.setRhythm(overdue.id(), 5));

        Map<Long, ReviewSchedule> schedules =
                people.as(coach, () -> rhythms.schedules(List.of(recent.id(), overdue.id(), fresh.id())));

        ReviewSchedule notYet = schedules.get(recent.id());
        assertThat(notYet.weeks()).isEqualTo(ReviewSchedule.DEFAULT_WEEKS);
        assertThat(notYet.due()).isFalse();
        assertThat(notYet.nextLastWeek()).contains(lastComplete().plusWeeks(4));
        assertThat(notYet.lastSent()).contains(LocalDate.now(ZoneOffset.UTC));

        ReviewSchedule due = schedules.get(overdue.id());
        assertThat(due.weeks()).isEqualTo(5);
        assertThat(due.due()).isTrue();
        assertThat(due.lastSent()).contains(LocalDate.now(ZoneOffset.UTC).minusWeeks(5));

        // Coached since this week, never reviewed: the first review ends 4 weeks from now.
        ReviewSchedule first = schedules.get(fresh.id());
        assertThat(first.due()).isFalse();
        assertThat(first.lastSent()).isEmpty();
        assertThat(first.nextLastWeek()).contains(lastComplete().plusWeeks(4));
    }

    @Test
    void onlyFourFiveOrSixWeeksAndOnlyTheCoachSetsIt() {
        AccountSummary coach = people.coach("Sid Setter");
        AccountSummary client = people.lifter("Cal Client");
        people.coaches(coach, client, false);

        assertThatThrownBy(() -> people.as(coach, () -> rhythms.setRhythm(client.id(), 3)))
                .isInstanceOf(ReviewRejected.class);
        assertThatThrownBy(() -> people.as(coach, () -> rhythms.setRhythm(client.id(), 7)))
                .isInstanceOf(ReviewRejected.class);
        assertThat(people.as(coach, () -> rhythms.setRhythm(client.id(), 6)).weeks())
                .isEqualTo(6);
        assertThat(people.as(coach, () -> rhythms.setRhythm(client.id(), 5)).weeks())
                .isEqualTo(5);
        assertThat(people.as(client, () -> rhythms.schedules(List.of(client.id())))
                        .get(client.id())
                        .weeks())
                .isEqualTo(5);
    }

    void sent(AccountSummary lifter, AccountSummary coach, LocalDate lastWeek, LocalDate on) {
        jdbc.update(
                "insert into review_sent (id, lifter_id, last_week, week_count, sent_at, sent_by, automatic)"
                        + " values (nextval('review_sent_seq'), ?, ?, 4, ?, ?, false)",
                lifter.id(),
                lastWeek,
                Timestamp.from(on.atTime(12, 0).atZone(ZoneOffset.UTC).toInstant()),
                coach.id());
    }
}
