package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.review.SessionLog;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.WeeklyAdherence;

class ReviewLogsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    final WeekPlan plan = WeekPlan.of(
            MONDAY,
            PlanDay.of(MONDAY, session("a")),
            PlanDay.of(MONDAY.plusDays(2), session("b")),
            PlanDay.of(MONDAY.plusDays(4), session("c")));

    @Test
    void logsOfSessionsStillPlannedKeepTheirMeaning() {
        List<SessionLog> converted = ReviewLogs.of(
                plan, List.of(log("a", LogStatus.DONE, MONDAY), log("b", LogStatus.SKIPPED, MONDAY.plusDays(2))));

        assertThat(converted)
                .containsExactly(
                        new SessionLog.Done("a", MONDAY, null),
                        new SessionLog.Skipped("b", MONDAY.plusDays(2), "busy"));
        assertThat(new WeekRecord(plan, converted, List.of(), List.of()).logs()).hasSize(2);
    }

    @Test
    void aDoneSessionRemovedFromThePlanCountsAsUnplannedAndASkippedOneIsDropped() {
        List<SessionLog> converted = ReviewLogs.of(
                plan, List.of(log("gone", LogStatus.DONE, MONDAY), log("also-gone", LogStatus.SKIPPED, MONDAY)));

        assertThat(converted).containsExactly(new SessionLog.Unplanned(MONDAY, SessionKind.STRENGTH, "Session gone"));
        assertThat(ReviewLogs.completed(plan, List.of(log("gone", LogStatus.DONE, MONDAY))))
                .isZero();
    }

    @Test
    void sessionsStillAheadAreNotYetCountedAsPlanned() {
        WeeklyAdherence wednesday = ReviewLogs.adherence(
                plan,
                List.of(log("a", LogStatus.DONE, MONDAY), log("c", LogStatus.DONE, MONDAY.plusDays(1))),
                MONDAY.plusDays(2));

        // a and b are due by Wednesday; c was done early, so it counts as planned and done
        assertThat(wednesday).isEqualTo(new WeeklyAdherence(MONDAY, 3, 2));
        assertThat(ReviewLogs.adherence(plan, List.of(), MONDAY.plusDays(1)))
                .isEqualTo(new WeeklyAdherence(MONDAY, 1, 0));
    }

    private static Session session(String id) {
        return Session.of(id, SessionKind.STRENGTH, "Session " + id);
    }

    private static LoggedSession log(String sessionId, LogStatus status, LocalDate date) {
        return new LoggedSession(
                1,
                0,
                MONDAY,
                sessionId,
                date,
                status,
                SessionKind.STRENGTH,
                "Session " + sessionId,
                null,
                status == LogStatus.SKIPPED ? "busy" : "",
                List.of());
    }
}
