package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.coaching.AttentionReason;
import org.upright.planner.coaching.ClientRow;
import org.upright.planner.coaching.RosterService;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.Habit;
import org.upright.planner.journal.HabitBlock;
import org.upright.planner.journal.HabitProgress;
import org.upright.planner.journal.HabitService;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.review.ReviewService;
import org.upright.planner.safety.PainTiming;

/**
 * Two lifters 25 hours apart at one instant (issue 13): Sunday 6 December 2026, 10:30 UTC is
 * already Monday 00:30 on Kiritimati (UTC+14) and still Saturday 23:30 in Pago Pago (UTC−11). Each
 * sees their own today and this week — in validation, habit streaks, the coach's roster and the
 * review's last complete week — and neither sees the server's Sunday.
 */
@DatabaseTest
@Import(TwoZonesAtMidnightTest.FixedClock.class)
class TwoZonesAtMidnightTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:30:00Z");
    static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");
    static final LocalDate MONDAY_7 = LocalDate.of(2026, 12, 7);
    static final LocalDate SATURDAY_5 = LocalDate.of(2026, 12, 5);
    static final LocalDate SUNDAY_6 = LocalDate.of(2026, 12, 6);

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    People people;

    @Autowired
    TimeZoneService zones;

    @Autowired
    CheckInService checkIns;

    @Autowired
    HabitService habits;

    @Autowired
    RosterService roster;

    @Autowired
    WeekPlanService plans;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcTemplate jdbc;

    AccountSummary early;
    AccountSummary late;

    @BeforeEach
    void twoLiftersFarApart() {
        early = people.lifter("Kiri Early");
        late = people.lifter("Pago Late");
        assertThat(people.as(early, () -> zones.adoptBrowserZone(KIRITIMATI.getId())))
                .isTrue();
        assertThat(people.as(late, () -> zones.adoptBrowserZone(PAGO_PAGO.getId())))
                .isTrue();
    }

    @Test
    void eachLifterSeesTheirOwnToday() {
        assertThat(people.as(early, () -> zones.myToday())).isEqualTo(MONDAY_7);
        assertThat(people.as(late, () -> zones.myToday())).isEqualTo(SATURDAY_5);
        assertThat(people.as(early, () -> zones.myZone())).isEqualTo(KIRITIMATI);
    }

    @Test
    void aCheckInForTheLiftersOwnTodayIsTakenAndTomorrowIsRefused() {
        // Monday is today on Kiritimati although the server's clock says Sunday
        people.as(early, () -> checkIns.checkIn(early.id(), PainEntry.of(MONDAY_7, PainTiming.BEFORE, 2), Set.of()));
        assertThat(people.as(early, () -> checkIns.checkIns(early.id(), MONDAY_7, MONDAY_7)))
                .hasSize(1);

        // Sunday has not begun in Pago Pago: the server's date is the lifter's tomorrow
        assertThatThrownBy(() -> people.as(
                        late,
                        () -> checkIns.checkIn(late.id(), PainEntry.of(SUNDAY_6, PainTiming.BEFORE, 2), Set.of())))
                .isInstanceOf(JournalEntryRejected.class)
                .hasMessageContaining("up to today");
    }

    @Test
    void habitBlocksStartAndStreaksCountOnTheLiftersOwnDays() {
        String habit = Habit.MOVEMENT_BREAK.label();
        HabitProgress earlyBlock =
                people.as(early, () -> habits.chooseHabits(early.id(), List.of(habit), HabitBlock.NONE));
        HabitProgress lateBlock =
                people.as(late, () -> habits.chooseHabits(late.id(), List.of(habit), HabitBlock.NONE));
        assertThat(earlyBlock.block().startsOn()).isEqualTo(MONDAY_7);
        assertThat(lateBlock.block().startsOn()).isEqualTo(SATURDAY_5);

        HabitProgress ticked = people.as(early, () -> habits.tick(early.id(), habit, MONDAY_7, true));
        assertThat(ticked.habits().getFirst().tickedToday()).isTrue();
        assertThat(ticked.habits().getFirst().streak()).isEqualTo(1);
        assertThatThrownBy(() -> people.as(late, () -> habits.tick(late.id(), habit, SUNDAY_6, true)))
                .as("Sunday is still to come in Pago Pago")
                .isInstanceOf(JournalEntryRejected.class);
    }

    @Test
    void theRosterShowsEachClientsOwnWeekAndNobodyWhoJustJoinedIsInactive() {
        AccountSummary coach = people.coach("Coach Between Zones");
        joinedAt(coach, early, NOW.minus(Duration.ofMinutes(5)));
        joinedAt(coach, late, NOW.minus(Duration.ofDays(30)));
        // a mobility session in each lifter's own current week
        people.as(early, () -> mobility(early, MONDAY_7, MONDAY_7.plusDays(2)));
        people.as(late, () -> mobility(late, LocalDate.of(2026, 11, 30), SATURDAY_5));

        List<ClientRow> rows = people.as(coach, () -> roster.roster());

        ClientRow kiri = row(rows, early);
        ClientRow pago = row(rows, late);
        assertThat(kiri.mobilitySessions()).as("Kiritimati's week began today").isEqualTo(1);
        assertThat(pago.mobilitySessions())
                .as("Pago Pago is still in the week of 30 November")
                .isEqualTo(1);
        assertThat(kiri.attention())
                .as("joined five minutes ago and planned a session: not inactive")
                .doesNotContain(AttentionReason.INACTIVE);
    }

    @Test
    void aClientWhoJoinedMinutesAgoWithNothingDoneYetIsNotInactive() {
        AccountSummary coach = people.coach("Coach Of Newcomers");
        joinedAt(coach, early, NOW.minus(Duration.ofMinutes(3)));
        joinedAt(coach, late, NOW.minus(Duration.ofDays(8)));

        List<ClientRow> rows = people.as(coach, () -> roster.roster());

        assertThat(row(rows, early).attention()).doesNotContain(AttentionReason.INACTIVE);
        assertThat(row(rows, late).attention())
                .as("eight days with the coach and nothing planned or logged")
                .contains(AttentionReason.INACTIVE);
    }

    @Test
    void theReviewsLastCompleteWeekIsTheLiftersOwn() {
        // Monday on Kiritimati: the week of 30 November has just ended
        assertThat(people.as(early, () -> reviews.review(early.id(), null, 4))
                        .report()
                        .lastWeek())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        // Saturday in Pago Pago: that week is not over yet, the last complete one began 23 November
        assertThat(people.as(late, () -> reviews.review(late.id(), null, 4))
                        .report()
                        .lastWeek())
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void theZoneAChoiceSetIsNotOverwrittenByABrowserAndCanBeChanged() {
        assertThat(people.as(early, () -> zones.adoptBrowserZone("Europe/Berlin")))
                .isFalse();
        assertThat(people.as(early, () -> zones.myZone())).isEqualTo(KIRITIMATI);

        people.as(early, () -> zones.changeMyZone(ZoneId.of("America/New_York")));

        assertThat(people.as(early, () -> zones.myZone())).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(people.as(early, () -> zones.myToday())).isEqualTo(SUNDAY_6);
    }

    @Test
    void someoneWhoseBrowserNeverToldAZoneReadsUtcAndUnknownZonesAreIgnored() {
        AccountSummary quiet = people.lifter("No Zone Yet");
        assertThat(people.as(quiet, () -> zones.adoptBrowserZone("Mars/Olympus_Mons")))
                .isFalse();
        assertThat(people.as(quiet, () -> zones.myZone())).isEqualTo(UserToday.FALLBACK);
        assertThat(people.as(quiet, () -> zones.myToday())).isEqualTo(SUNDAY_6);
    }

    private PlannedWeek mobility(AccountSummary lifter, LocalDate weekStart, LocalDate day) {
        long version = plans.week(lifter.id(), weekStart).version();
        return plans.addSession(lifter.id(), weekStart, version, day, SessionKind.MOBILITY, "Mobility");
    }

    private void joinedAt(AccountSummary coach, AccountSummary lifter, Instant startedAt) {
        jdbc.update(
                "insert into coaching (id, coach_id, lifter_id, started_at, ended_at, version, current_lifter_id)"
                        + " values (nextval('coaching_seq'), ?, ?, ?, null, 0, ?)",
                coach.id(),
                lifter.id(),
                Timestamp.from(startedAt),
                lifter.id());
    }

    private static ClientRow row(List<ClientRow> rows, AccountSummary lifter) {
        return rows.stream()
                .filter(r -> r.lifterId() == lifter.id())
                .findFirst()
                .orElseThrow();
    }
}
