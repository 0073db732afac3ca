package org.upright.planner.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.upright.planner.balance.BalanceReport;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.Targets;
import org.upright.planner.balance.WeekPlan;

/**
 * A lifter's week as a screen shows it: the plan, its balance report, and the version every edit
 * must name so that two people editing at once never overwrite each other silently.
 *
 * @param version {@link #NOT_SAVED} while the week has never been saved
 * @param lastChange when and by whom the stored week was last changed; empty while not saved
 * @param paused a red flag is open: the week cannot be edited or fixed, and its balance score is
 *     not a verdict on anything (domain §5 "Paused")
 */
public record PlannedWeek(
        long lifterId,
        WeekPlan plan,
        long version,
        BalanceReport report,
        LifterProfile profile,
        Targets targets,
        Optional<LastChange> lastChange,
        boolean paused) {

    public static final long NOT_SAVED = -1;

    /** Who saved the week last, and when. */
    public record LastChange(long accountId, Instant at) {}

    public PlanState state() {
        return paused ? PlanState.PAUSED : PlanState.ACTIVE;
    }

    public LocalDate weekStart() {
        return plan.weekStart();
    }
}
