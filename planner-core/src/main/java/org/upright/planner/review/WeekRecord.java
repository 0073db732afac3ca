package org.upright.planner.review;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.safety.PainReading;

/**
 * One week as the review sees it: the plan, what the journal logged, the pain check-ins (0–10,
 * before or after) and the habit ticks. Everything dated must fall inside the plan's week; logs of
 * planned sessions must name a session of the plan, at most once each.
 */
public record WeekRecord(
        WeekPlan plan, List<SessionLog> logs, List<PainReading> painCheckIns, List<HabitTick> habitTicks) {

    /** Before and after every session of a full week is well under this. */
    public static final int MAX_CHECK_INS = 100;

    public static final int MAX_UNPLANNED = WeekPlan.MAX_SESSIONS_PER_WEEK;

    public WeekRecord {
        if (plan == null) {
            throw new IllegalArgumentException("week record: plan is required");
        }
        logs = logs == null ? List.of() : List.copyOf(logs);
        painCheckIns = painCheckIns == null ? List.of() : List.copyOf(painCheckIns);
        habitTicks = habitTicks == null ? List.of() : List.copyOf(habitTicks);
        LocalDate start = plan.weekStart();
        String week = "week of " + start;

        Set<String> logged = new HashSet<>();
        int unplanned = 0;
        for (SessionLog log : logs) {
            requireInWeek(log.date(), start, week, "session log");
            switch (log) {
                case SessionLog.Done done -> requireOnce(plan, logged, done.sessionId(), week);
                case SessionLog.Skipped skipped -> requireOnce(plan, logged, skipped.sessionId(), week);
                case SessionLog.Unplanned u -> unplanned++;
            }
        }
        if (unplanned > MAX_UNPLANNED) {
            throw new IllegalArgumentException(
                    week + ": at most " + MAX_UNPLANNED + " unplanned sessions, was " + unplanned);
        }
        if (painCheckIns.size() > MAX_CHECK_INS) {
            throw new IllegalArgumentException(
                    week + ": at most " + MAX_CHECK_INS + " pain check-ins, was " + painCheckIns.size());
        }
        for (PainReading reading : painCheckIns) {
            requireInWeek(reading.date(), start, week, "pain check-in");
        }
        Set<HabitTick> ticks = new HashSet<>();
        for (HabitTick tick : habitTicks) {
            requireInWeek(tick.date(), start, week, "habit tick");
            if (!ticks.add(tick)) {
                throw new IllegalArgumentException(
                        week + ": habit '" + tick.habit() + "' is ticked twice on " + tick.date());
            }
        }
    }

    /** A week with a plan and nothing logged yet. */
    public static WeekRecord planOnly(WeekPlan plan) {
        return new WeekRecord(plan, List.of(), List.of(), List.of());
    }

    public LocalDate weekStart() {
        return plan.weekStart();
    }

    private static void requireInWeek(LocalDate date, LocalDate start, String week, String what) {
        if (date.isBefore(start) || date.isAfter(start.plusDays(6))) {
            throw new IllegalArgumentException(what + " on " + date + " is outside the " + week);
        }
    }

    private static void requireOnce(WeekPlan plan, Set<String> logged, String sessionId, String week) {
        if (plan.session(sessionId).isEmpty()) {
            throw new IllegalArgumentException(week + ": session log for " + sessionId + ", which is not in the plan");
        }
        if (!logged.add(sessionId)) {
            throw new IllegalArgumentException(week + ": session " + sessionId + " is logged twice");
        }
    }
}
