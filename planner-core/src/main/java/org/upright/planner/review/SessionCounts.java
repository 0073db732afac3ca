package org.upright.planner.review;

import org.upright.planner.balance.WeekPlan;

/** Planned, completed (planned and logged done) and unplanned sessions of one week. */
record SessionCounts(int planned, int completed, int unplanned) {

    static SessionCounts of(WeekRecord week) {
        WeekPlan plan = week.plan();
        int completed = 0;
        int unplanned = 0;
        for (SessionLog log : week.logs()) {
            switch (log) {
                case SessionLog.Done done -> completed++;
                case SessionLog.Skipped skipped -> {
                    // counted as planned and not done
                }
                case SessionLog.Unplanned extra -> unplanned++;
            }
        }
        return new SessionCounts(plan.sessionCount(), completed, unplanned);
    }
}
