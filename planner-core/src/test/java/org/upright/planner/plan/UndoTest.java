package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.StaleEditException;

/** Undo on the stored week, with a coach editing the same week in between (issue 10, point 2). */
@DatabaseTest
class UndoTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    AccountSummary lifter;
    AccountSummary coach;

    @BeforeEach
    void aCoachedLifter() {
        lifter = people.lifter("Una Undo");
        coach = people.coach("Cole Coach");
        people.coaches(coach, lifter, false);
    }

    @Test
    void undoingADeleteAfterTheCoachAddedASessionKeepsTheCoachsSession() {
        PlannedWeek start = people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Push day"));
        String push = start.plan().sessions().findFirst().orElseThrow().id();
        WeekPlan beforeDelete = start.plan();
        PlannedWeek deleted = people.as(lifter, () -> plans.removeSession(lifter.id(), MONDAY, start.version(), push));
        people.as(
                coach,
                () -> plans.addSession(
                        lifter.id(),
                        MONDAY,
                        deleted.version(),
                        MONDAY.plusDays(2),
                        SessionKind.STRENGTH,
                        "Coach's pull day"));

        // The lifter's screen still shows the version after the delete: Undo is refused as stale.
        assertThatThrownBy(() -> people.as(lifter, () -> plans.restore(lifter.id(), deleted.version(), beforeDelete)))
                .isInstanceOf(StaleEditException.class);
        // "Reload and apply my change again"
        long reloaded = people.as(lifter, () -> plans.week(lifter.id(), MONDAY)).version();
        people.as(lifter, () -> plans.restore(lifter.id(), reloaded, beforeDelete));

        assertThat(people.as(lifter, () -> plans.week(lifter.id(), MONDAY))
                        .plan()
                        .sessions()
                        .map(Session::title))
                .containsExactlyInAnyOrder("Push day", "Coach's pull day");
    }
}
