package org.upright.planner.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * What a lifter writes about their pain is health data: it is stored, never logged. The whole
 * application's console output is captured while notes are saved, refused, and while a save fails
 * in the database itself, and the note's words must not appear in it.
 */
@UiTest
@ExtendWith(OutputCaptureExtension.class)
class HealthNotesStayOutOfTheLogTest {

    private static final Logger log = LoggerFactory.getLogger(HealthNotesStayOutOfTheLogTest.class);

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    CheckInService checkIns;

    @Autowired
    SessionLogService logs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void notesSavedRefusedOrFailingInTheDatabaseNeverReachTheLog(CapturedOutput output) {
        AccountSummary lifter = new TestPeople(accounts, coaching).create("Private Pat", Role.LIFTER);
        String secret = "sharp-ache-" + UUID.randomUUID();
        LocalDate today = LocalDate.now();
        TestPeople.as(lifter, () -> {
            checkIns.checkIn(
                    lifter.id(),
                    new PainEntry(today, PainTiming.BEFORE, 2, null, secret + " after gardening", null),
                    Set.of());
            return logs.logUnplanned(lifter.id(), today, SessionKind.MOBILITY, "Walk", 3, secret + " on the walk");
        });

        assertThatThrownBy(() -> TestPeople.as(
                        lifter,
                        () -> checkIns.checkIn(
                                lifter.id(),
                                new PainEntry(today, PainTiming.AFTER, 3, null, secret + "x".repeat(600), null),
                                Set.of())))
                .isInstanceOf(JournalEntryRejected.class);
        assertThat(catchThrowable(() -> TestPeople.as(
                        lifter,
                        () -> checkIns.checkIn(
                                lifter.id(),
                                new PainEntry(today, PainTiming.AFTER, 3, null, secret + "\u0000", null),
                                Set.of()))))
                .as("a note with a NUL character is not stored")
                .isNotNull();

        // A save the database itself refuses (here: a score its check constraint forbids), through
        // the application's own connection pool, and logged the way an unexpected error is logged.
        Throwable failed = catchThrowable(() -> jdbc.update(
                "insert into pain_check_in (id, lifter_id, check_in_date, timing, score, note, recorded_at)"
                        + " values (nextval('pain_check_in_seq'), ?, current_date, 'BEFORE', 99, ?, current_timestamp)",
                lifter.id(),
                secret + " in the failing row"));
        assertThat(failed).as("the database refused the row").isNotNull();
        log.error("A save failed", failed);

        assertThat(output.getAll()).as("the capture works").contains("A save failed");
        assertThat(output.getAll()).as("everything written to the console").doesNotContain(secret);
    }

    @Test
    void aNulCharacterInACheckInNoteIsRefusedAtTheNoteNotByTheDatabase() {
        AccountSummary lifter = new TestPeople(accounts, coaching).create("Nul Nora", Role.LIFTER);

        Throwable refused = catchThrowable(() -> TestPeople.as(
                lifter,
                () -> checkIns.checkIn(
                        lifter.id(),
                        new PainEntry(LocalDate.now(), PainTiming.BEFORE, 2, null, "stiff\u0000neck", null),
                        Set.of())));

        assertThat(refused)
                .isInstanceOfSatisfying(
                        JournalEntryRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo(JournalEntryRejected.NOTE));
        assertThat(refused.getMessage()).contains("NUL");
    }
}
