package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.List;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.review.HabitTick;
import org.upright.planner.review.SessionLog;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.safety.RedFlagCheck;
import org.upright.planner.safety.SafetyHistory;
import org.upright.planner.safety.WeeklyAdherence;

/**
 * A lifter's journal for a run of weeks, as the pure review and safety code take it.
 *
 * <p>The session logs are made consistent with the plans as they are now: a done session that has
 * since been removed from its plan counts as an unplanned session (the work was done), and a
 * skipped session that is no longer planned is left out (nothing was missed). So
 * {@link #weeks()} always builds valid {@link WeekRecord}s.
 *
 * @param plans one per week from the first to the last week asked for, oldest first; an empty
 *     plan for a week nobody planned
 * @param redFlagChecks every check on record, not only this period's: a flag raised earlier and
 *     never cleared is still open
 * @param clearances every clearance on record
 * @param adherence per week of the period, oldest first
 */
public record JournalRecords(
        long lifterId,
        List<WeekPlan> plans,
        List<SessionLog> sessionLogs,
        List<PainReading> painReadings,
        List<HabitTick> habitTicks,
        List<RedFlagCheck> redFlagChecks,
        List<ProfessionalClearance> clearances,
        List<WeeklyAdherence> adherence) {

    public JournalRecords {
        plans = List.copyOf(plans);
        sessionLogs = List.copyOf(sessionLogs);
        painReadings = List.copyOf(painReadings);
        habitTicks = List.copyOf(habitTicks);
        redFlagChecks = List.copyOf(redFlagChecks);
        clearances = List.copyOf(clearances);
        adherence = List.copyOf(adherence);
    }

    /** One review week per plan, oldest first. */
    public List<WeekRecord> weeks() {
        return plans.stream().map(this::week).toList();
    }

    /** Everything the safety rules need for this period. */
    public SafetyHistory safetyHistory() {
        return new SafetyHistory(redFlagChecks, clearances, painReadings, adherence);
    }

    private WeekRecord week(WeekPlan plan) {
        LocalDate start = plan.weekStart();
        LocalDate end = start.plusDays(6);
        return new WeekRecord(
                plan,
                sessionLogs.stream().filter(l -> within(l.date(), start, end)).toList(),
                painReadings.stream().filter(r -> within(r.date(), start, end)).toList(),
                habitTicks.stream().filter(t -> within(t.date(), start, end)).toList());
    }

    private static boolean within(LocalDate date, LocalDate start, LocalDate end) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
