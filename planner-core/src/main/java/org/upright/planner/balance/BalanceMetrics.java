package org.upright.planner.balance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The numbers behind a balance report. Set counts are weighted working sets (secondary patterns
 * count half), so they can end in .5.
 *
 * @param pushPullRatio r = pull / push; empty when the week has no push sets
 * @param pushSets sets toward {@code HORIZONTAL_PUSH} or {@code VERTICAL_PUSH}; a set counts at
 *     most once (an incline press with both patterns is one push set)
 * @param pullSets likewise for {@code HORIZONTAL_PULL}, {@code VERTICAL_PULL}, {@code
 *     SCAPULAR_STABILITY}
 * @param horizontalPushSets weighted sum for {@code HORIZONTAL_PUSH} alone
 * @param horizontalPullSets weighted sum for {@code HORIZONTAL_PULL} alone
 * @param scapularStabilitySets weighted sum for {@code SCAPULAR_STABILITY} alone
 * @param horizontalPullAndScapularSets sets toward rows or scapular work, each set at most once:
 *     the top of r_h
 * @param horizontalRatio r_h = horizontalPullAndScapularSets / horizontalPushSets; empty without
 *     horizontal pushing
 * @param mobilitySessions days with a mobility session (at most one counts per day)
 * @param thoracicWarmUps one entry per session with upper-body working sets, in plan order
 * @param totalWorkingSets sets in main and accessory blocks, unweighted
 * @param estimatedSessionDurations by session id, in plan order
 * @param estimatedDayDurations by date, for the days the plan lists
 */
public record BalanceMetrics(
        double pushSets,
        double pullSets,
        OptionalDouble pushPullRatio,
        double horizontalPushSets,
        double horizontalPullSets,
        double scapularStabilitySets,
        double horizontalPullAndScapularSets,
        OptionalDouble horizontalRatio,
        int mobilitySessions,
        List<WarmUpCheck> thoracicWarmUps,
        int scapularStrengthDays,
        int routineDays,
        int breathingDays,
        int totalWorkingSets,
        Map<String, Duration> estimatedSessionDurations,
        Map<LocalDate, Duration> estimatedDayDurations) {

    /** Whether a lifting session mobilised the upper back before its first upper-body working set. */
    public record WarmUpCheck(String sessionId, boolean hadThoracicWarmUp) {}

    public BalanceMetrics {
        thoracicWarmUps = List.copyOf(thoracicWarmUps);
        estimatedSessionDurations =
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(estimatedSessionDurations));
        estimatedDayDurations =
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(estimatedDayDurations));
    }

    /**
     * Share (0–1) of lifting sessions that had a thoracic warm-up; empty when the week has no
     * upper-body sessions.
     */
    public OptionalDouble thoracicWarmUpCompliance() {
        if (thoracicWarmUps.isEmpty()) {
            return OptionalDouble.empty();
        }
        long done =
                thoracicWarmUps.stream().filter(WarmUpCheck::hadThoracicWarmUp).count();
        return OptionalDouble.of((double) done / thoracicWarmUps.size());
    }
}
