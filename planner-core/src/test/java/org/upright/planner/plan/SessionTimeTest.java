package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;

/**
 * A session's optional time of day (issue 13, docs/adr/0021): set when adding or later, stored with
 * the week, undone like any edit, kept when the week is copied — and weeks stored before it existed
 * still read, without a time.
 */
@DatabaseTest
class SessionTimeTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTimeSetWhenAddingOrLaterIsStoredUndoneAndCopied() {
        AccountSummary lifter = people.lifter("Tina Time");
        PlannedWeek added = people.as(
                lifter,
                () -> plans.edit(
                        lifter.id(),
                        MONDAY,
                        PlannedWeek.NOT_SAVED,
                        new PlanEdit.AddSession(
                                MONDAY.plusDays(1), SessionKind.STRENGTH, "Early lift", LocalTime.of(6, 30))));
        Session early = added.plan().sessions().findFirst().orElseThrow();
        assertThat(early.time()).isEqualTo(LocalTime.of(6, 30));

        PlannedWeek moved = people.as(
                lifter,
                () -> plans.edit(
                        lifter.id(),
                        MONDAY,
                        added.version(),
                        new PlanEdit.SetSessionTime(early.id(), LocalTime.of(7, 15))));
        assertThat(people.as(lifter, () -> plans.week(lifter.id(), MONDAY))
                        .plan()
                        .sessions()
                        .findFirst()
                        .orElseThrow()
                        .time())
                .as("read back from the database")
                .isEqualTo(LocalTime.of(7, 15));

        PlannedWeek undone = people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, moved.version(), moved.version()));
        assertThat(undone.plan().sessions().findFirst().orElseThrow().time()).isEqualTo(LocalTime.of(6, 30));

        PlannedWeek copied = people.as(
                lifter,
                () -> plans.edit(
                        lifter.id(),
                        MONDAY.plusWeeks(1),
                        PlannedWeek.NOT_SAVED,
                        new PlanEdit.CopyPreviousWeek(ExistingSessions.KEEP)));
        assertThat(copied.plan().sessions().findFirst().orElseThrow().time()).isEqualTo(LocalTime.of(6, 30));

        PlannedWeek cleared = people.as(
                lifter,
                () -> plans.edit(lifter.id(), MONDAY, undone.version(), new PlanEdit.SetSessionTime(early.id(), null)));
        assertThat(cleared.plan().sessions().findFirst().orElseThrow().time()).isNull();
    }

    @Test
    void aWeekStoredBeforeSessionTimesExistedReadsWithoutATime() {
        AccountSummary lifter = people.lifter("Olga Old");
        PlannedWeek saved = people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.MOBILITY, "Old mobility"));
        // the document as it was written before issue 13: no "time" in any session
        jdbc.update(
                "update week_plan set content = replace(content, ',\"time\":null', '') where lifter_id = ?",
                lifter.id());
        assertThat(jdbc.queryForObject("select content from week_plan where lifter_id = ?", String.class, lifter.id()))
                .doesNotContain("time");

        PlannedWeek read = people.as(lifter, () -> plans.week(lifter.id(), MONDAY));

        assertThat(read.plan()).isEqualTo(saved.plan());
        assertThat(read.plan().sessions().findFirst().orElseThrow().startTime()).isEmpty();
    }
}
