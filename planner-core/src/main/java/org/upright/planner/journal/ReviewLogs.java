package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.review.SessionLog;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.WeeklyAdherence;

/**
 * Turns a week's stored logs into the review's {@link SessionLog}s, consistent with the plan as it
 * is now (see {@link JournalRecords}).
 */
final class ReviewLogs {

    private ReviewLogs() {}

    static List<SessionLog> of(WeekPlan plan, List<LoggedSession> logs) {
        List<SessionLog> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unplanned = 0;
        for (LoggedSession log : logs) {
            boolean inPlan =
                    log.sessionId() != null && plan.session(log.sessionId()).isPresent() && seen.add(log.sessionId());
            SessionLog converted = switch (log.status()) {
                case DONE ->
                    inPlan
                            ? new SessionLog.Done(log.sessionId(), log.date(), log.sessionRpe())
                            : new SessionLog.Unplanned(log.date(), log.kind(), log.title());
                case SKIPPED -> inPlan ? new SessionLog.Skipped(log.sessionId(), log.date(), log.note()) : null;
                case UNPLANNED -> new SessionLog.Unplanned(log.date(), log.kind(), log.title());
            };
            if (converted instanceof SessionLog.Unplanned && ++unplanned > WeekRecord.MAX_UNPLANNED) {
                continue; // far past any real week; the review's own limit
            }
            if (converted != null) {
                result.add(converted);
            }
        }
        return result;
    }

    /** Planned sessions that count as done: logged done and still in the plan. */
    static int completed(WeekPlan plan, List<LoggedSession> logs) {
        Set<String> done = new HashSet<>();
        for (LoggedSession log : logs) {
            if (log.status() == LogStatus.DONE
                    && log.sessionId() != null
                    && plan.session(log.sessionId()).isPresent()) {
                done.add(log.sessionId());
            }
        }
        return done.size();
    }

    /**
     * Planned and done sessions of one week as of {@code today}. Sessions planned for later days
     * of the current week are not counted as planned yet (unless already logged), so adherence in
     * the middle of a week is not dragged down by sessions that are not due.
     */
    static WeeklyAdherence adherence(WeekPlan plan, List<LoggedSession> logs, LocalDate today) {
        Set<String> logged = new HashSet<>();
        logs.stream().map(LoggedSession::sessionId).filter(id -> id != null).forEach(logged::add);
        int planned = 0;
        for (PlanDay day : plan.days()) {
            for (Session session : day.sessions()) {
                if (!day.date().isAfter(today) || logged.contains(session.id())) {
                    planned++;
                }
            }
        }
        return new WeeklyAdherence(plan.weekStart(), planned, completed(plan, logs));
    }
}
