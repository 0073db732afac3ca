package org.upright.planner.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.safety.RedFlagCheck;
import org.upright.planner.safety.RedFlagHistory;

/**
 * Puts red-flag checks and clearances in the form the safety rules read, keeping the order in
 * which they were recorded on the same day.
 *
 * <p>The safety rules only know dates, and on one date they replay checks before clearances (see
 * {@link RedFlagHistory}): right for the usual day "tick a flag, see the doctor, record the
 * clearance". But a lifter who records a clearance in the morning and ticks a flag again in the
 * evening would have the new flag silently covered by the morning's clearance. A red flag must
 * never go quiet, so such a check is handed to the rules dated the day after: no clearance is dated
 * later (otherwise it would cover the check anyway), so the flag stays open until the next
 * clearance, and the plan is paused. The shifted date only shows as the day the flag was raised;
 * {@code SafetyService} never shows a date after today.
 */
final class RedFlagTimeline {

    /** A check or clearance with the moment it was recorded. */
    record Recorded<T>(T value, LocalDate date, Instant recordedAt) {}

    private RedFlagTimeline() {}

    static List<RedFlagCheck> checksForRules(
            List<Recorded<RedFlagCheck>> checks, List<Recorded<ProfessionalClearance>> clearances) {
        List<RedFlagCheck> result = new ArrayList<>(checks.size());
        for (Recorded<RedFlagCheck> check : checks) {
            RedFlagCheck value = check.value();
            if (value.anyFlagged() && coveredOnlyByEarlierSameDayClearance(check, clearances)) {
                value = new RedFlagCheck(value.date().plusDays(1), value.flagged());
            }
            result.add(value);
        }
        return result;
    }

    private static boolean coveredOnlyByEarlierSameDayClearance(
            Recorded<RedFlagCheck> check, List<Recorded<ProfessionalClearance>> clearances) {
        boolean coveredByDate = false;
        for (Recorded<ProfessionalClearance> clearance : clearances) {
            if (clearance.date().isAfter(check.date())) {
                return false;
            }
            if (clearance.date().equals(check.date())) {
                coveredByDate = true;
                // recorded after the check: it really covers it. Same instant: treat the check as
                // later, so that the flag stays open (the safe side).
                if (clearance.recordedAt().isAfter(check.recordedAt())) {
                    return false;
                }
            }
        }
        return coveredByDate;
    }
}
