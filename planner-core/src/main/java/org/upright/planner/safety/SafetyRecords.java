package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.upright.planner.common.LifterId;

/**
 * Where {@code SafetyService} reads a lifter's history from. The journal implements it; the safety
 * package defines it so that safety does not depend on the journal (which depends on safety's
 * values) and the feature modules stay free of cycles.
 *
 * <p>The lifters are marked {@link LifterId}: whoever calls, for every implementation, the caller
 * must be allowed to see each of them before anything is read.
 */
public interface SafetyRecords {

    /**
     * The histories of several lifters in a fixed number of queries, however many lifters: every
     * red-flag check and clearance on record, and the pain readings and weekly adherence from
     * {@code fromWeek} (a Monday) up to {@code today}. A lifter without any record gets an empty
     * history.
     */
    Map<Long, SafetyHistory> histories(@LifterId Collection<Long> lifterIds, LocalDate fromWeek, LocalDate today);

    /**
     * Only the red-flag checks and clearances of several lifters (no pain, no plans): all that
     * decides whether a plan is paused, in two queries however many lifters. Same access rule as
     * {@link #histories}.
     */
    Map<Long, SafetyHistory> redFlagHistories(@LifterId Collection<Long> lifterIds);
}
