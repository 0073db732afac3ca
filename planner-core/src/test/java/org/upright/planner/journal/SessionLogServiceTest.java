package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.journal.JournalFixtures.thisWeek;
import static org.upright.planner.journal.JournalFixtures.today;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;

@DatabaseTest
class SessionLogServiceTest {

    @Autowired
    SessionLogService logs;

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    @Autowired
    JournalFixtures fixtures;

    AccountSummary lifter;
    PlannedWeek week;
    String rows;

    @BeforeEach
    void aLifterWithARowSessionOnMonday() {
        lifter = people.lifter("Logan Log");
        week = fixtures.planSession(lifter, thisWeek(), "Rows");
        rows = JournalFixtures.sessionId(week, "Rows");
    }

    @Test
    void oneTapMarksThePlannedSessionDoneToday() {
        LoggedSession done = people.as(
                lifter, () -> logs.markDoneAsPlanned(lifter.id(), thisWeek(), rows, LoggedSession.NOT_LOGGED));

        assertThat(done.status()).isEqualTo(LogStatus.DONE);
        assertThat(done.date()).isEqualTo(today());
        assertThat(done.title()).isEqualTo("Rows");
        assertThat(done.kind()).isEqualTo(SessionKind.STRENGTH);
        assertThat(people.as(lifter, () -> logs.week(lifter.id(), thisWeek())))
                .singleElement()
                .satisfies(log -> assertThat(log.sessionId()).isEqualTo(rows));
    }

    @Test
    void doneWithActualSetsRepsLoadAndEffortKeepsThemAll() {
        Session session = JournalFixtures.session(week, "Rows");
        String row = session.prescriptions().findFirst().orElseThrow().id();

        LoggedSession done = people.as(
                lifter,
                () -> logs.markDone(
                        lifter.id(),
                        thisWeek(),
                        rows,
                        LoggedSession.NOT_LOGGED,
                        new DoneDetails(today(), 7, List.of(new ActualSet(row, 3, 10, 22.5)), "felt strong")));

        LoggedSession read =
                people.as(lifter, () -> logs.week(lifter.id(), thisWeek())).getFirst();
        assertThat(read).isEqualTo(done);
        assertThat(read.sessionRpe()).isEqualTo(7);
        assertThat(read.note()).isEqualTo("felt strong");
        assertThat(read.actualFor(row)).contains(new ActualSet(row, 3, 10, 22.5));
    }

    @Test
    void aSkipKeepsItsReasonAndCanLaterBeChangedToDoneFromTheVersionRead() {
        LoggedSession skipped = people.as(
                lifter,
                () -> logs.markSkipped(
                        lifter.id(), thisWeek(), rows, LoggedSession.NOT_LOGGED, today(), "  sore throat "));
        assertThat(skipped.status()).isEqualTo(LogStatus.SKIPPED);
        assertThat(skipped.note()).isEqualTo("sore throat");

        LoggedSession done =
                people.as(lifter, () -> logs.markDoneAsPlanned(lifter.id(), thisWeek(), rows, skipped.version()));

        assertThat(done.id()).isEqualTo(skipped.id());
        assertThat(done.status()).isEqualTo(LogStatus.DONE);
    }

    @Test
    void twoDevicesLoggingFromTheSameStateDoNotOverwriteEachOther() {
        people.as(lifter, () -> logs.markDoneAsPlanned(lifter.id(), thisWeek(), rows, LoggedSession.NOT_LOGGED));

        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> logs.markSkipped(
                                lifter.id(), thisWeek(), rows, LoggedSession.NOT_LOGGED, today(), "tired")))
                .isInstanceOf(StaleEditException.class);
        assertThat(people.as(lifter, () -> logs.week(lifter.id(), thisWeek())))
                .singleElement()
                .satisfies(log -> assertThat(log.status()).isEqualTo(LogStatus.DONE));
    }

    @Test
    void anUnplannedSessionIsLoggedWithItsKindAndTitle() {
        LoggedSession walk = people.as(
                lifter, () -> logs.logUnplanned(lifter.id(), today(), SessionKind.CONDITIONING, " Walk ", 3, ""));

        assertThat(walk.status()).isEqualTo(LogStatus.UNPLANNED);
        assertThat(walk.sessionId()).isNull();
        assertThat(walk.title()).isEqualTo("Walk");
        assertThat(walk.weekStart()).isEqualTo(thisWeek());
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() {
        assertRejected(
                () -> logs.markSkipped(
                        lifter.id(), thisWeek(), rows, LoggedSession.NOT_LOGGED, today().plusDays(1), ""),
                JournalEntryRejected.DATE);
        assertRejected(
                () -> logs.markDone(
                        lifter.id(),
                        thisWeek(),
                        rows,
                        LoggedSession.NOT_LOGGED,
                        new DoneDetails(thisWeek().minusDays(1), null, List.of(), "")),
                JournalEntryRejected.DATE);
        assertRejected(
                () -> logs.markDone(
                        lifter.id(),
                        thisWeek(),
                        rows,
                        LoggedSession.NOT_LOGGED,
                        new DoneDetails(today(), 11, List.of(), "")),
                JournalEntryRejected.RPE);
        assertRejected(
                () -> logs.markDone(
                        lifter.id(),
                        thisWeek(),
                        rows,
                        LoggedSession.NOT_LOGGED,
                        new DoneDetails(today(), null, List.of(new ActualSet("no-such-line", 3, 8, null)), "")),
                JournalEntryRejected.ACTUALS);
        assertRejected(
                () -> logs.markDoneAsPlanned(lifter.id(), thisWeek(), "no-such-session", LoggedSession.NOT_LOGGED),
                JournalEntryRejected.SESSION);
        assertRejected(
                () -> logs.logUnplanned(lifter.id(), today(), SessionKind.CONDITIONING, " ", null, ""),
                JournalEntryRejected.TITLE);
        assertRejected(
                () -> logs.logUnplanned(lifter.id(), today(), null, "Walk", null, ""), JournalEntryRejected.KIND);
        assertThatThrownBy(() -> new ActualSet("x", 3, 500, null))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class, e -> assertThat(e.field()).isEqualTo(JournalEntryRejected.ACTUALS));
        assertThat(people.as(lifter, () -> logs.week(lifter.id(), thisWeek()))).isEmpty();
    }

    @Test
    void undoRemovesTheLogFromTheVersionRead() {
        LoggedSession done = people.as(
                lifter, () -> logs.markDoneAsPlanned(lifter.id(), thisWeek(), rows, LoggedSession.NOT_LOGGED));

        assertThatThrownBy(() -> people.as(lifter, () -> logs.remove(lifter.id(), done.id(), done.version() + 1)))
                .isInstanceOf(StaleEditException.class);
        people.as(lifter, () -> logs.remove(lifter.id(), done.id(), done.version()));

        assertThat(people.as(lifter, () -> logs.week(lifter.id(), thisWeek()))).isEmpty();
    }

    @Test
    void theCoachReadsTheLogButOnlyTheLifterWritesIt() {
        AccountSummary coach = people.coach("Cora Coach");
        people.coaches(coach, lifter, false);
        people.as(lifter, () -> logs.markDoneAsPlanned(lifter.id(), thisWeek(), rows, LoggedSession.NOT_LOGGED));

        assertThat(people.as(coach, () -> logs.week(lifter.id(), thisWeek()))).hasSize(1);
        assertThatThrownBy(() -> people.as(
                        coach,
                        () -> logs.logUnplanned(lifter.id(), today(), SessionKind.MOBILITY, "Stretch", null, "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherLifterCanNeitherReadNorWrite() {
        AccountSummary other = people.lifter("Nosy Neighbour");

        assertThatThrownBy(() -> people.as(other, () -> logs.week(lifter.id(), thisWeek())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(
                        other, () -> logs.markDoneAsPlanned(lifter.id(), thisWeek(), rows, LoggedSession.NOT_LOGGED)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRejected(Runnable call, String field) {
        assertThatThrownBy(() -> people.as(lifter, call))
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class,
                        e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }
}
