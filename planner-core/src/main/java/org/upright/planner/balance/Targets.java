package org.upright.planner.balance;

/**
 * The numbers a week is measured against (domain §3). {@link #defaultsFor(LifterProfile)} gives the
 * spec's defaults; a coach (or a self-coached lifter) may change any of them with the
 * {@code with…} methods.
 *
 * @param pushPullRatio minimum r = pull / push, also used for the horizontal ratio r_h
 * @param mobilitySessionsMin fewer mobility days than this is a finding
 * @param mobilitySessionsMax upper end of the band shown on charts; more is never a finding
 * @param scapularStrengthDays minimum days with at least two rowing or scapular working sets
 * @param routineDays minimum days with a back-care routine of 10–20 minutes (upper-back care only)
 * @param volumeJumpLimit largest accepted week-on-week rise in working sets, as a fraction (0.25 =
 *     25 %)
 * @param breathingDays minimum days with breathing practice (upper-back care only)
 */
public record Targets(
        double pushPullRatio,
        int mobilitySessionsMin,
        int mobilitySessionsMax,
        int scapularStrengthDays,
        int routineDays,
        double volumeJumpLimit,
        int breathingDays) {

    public static final double DEFAULT_RATIO = 1.0;
    public static final double UPPER_BACK_CARE_RATIO = 1.5;

    public Targets {
        if (!(pushPullRatio > 0.0 && pushPullRatio <= 5.0)) {
            throw new IllegalArgumentException("push:pull target must be above 0 and at most 5, was " + pushPullRatio);
        }
        requireDays("mobility sessions minimum", mobilitySessionsMin);
        requireDays("mobility sessions maximum", mobilitySessionsMax);
        if (mobilitySessionsMax < mobilitySessionsMin) {
            throw new IllegalArgumentException("mobility sessions maximum (" + mobilitySessionsMax
                    + ") must not be below the minimum (" + mobilitySessionsMin + ")");
        }
        requireDays("scapular strength days", scapularStrengthDays);
        requireDays("routine days", routineDays);
        if (!(volumeJumpLimit > 0.0 && volumeJumpLimit <= 2.0)) {
            throw new IllegalArgumentException(
                    "volume jump limit must be above 0 and at most 2 (200 %), was " + volumeJumpLimit);
        }
        requireDays("breathing days", breathingDays);
    }

    private static void requireDays(String field, int value) {
        if (value < 0 || value > 7) {
            throw new IllegalArgumentException(field + " must be between 0 and 7, was " + value);
        }
    }

    /** The spec's defaults: r ≥ 1.0 (1.5 with upper-back care), mobility 2–3, 2 scapular days, … */
    public static Targets defaultsFor(LifterProfile profile) {
        double ratio = profile.upperBackCare() ? UPPER_BACK_CARE_RATIO : DEFAULT_RATIO;
        return new Targets(ratio, 2, 3, 2, 4, 0.25, 3);
    }

    public Targets withPushPullRatio(double ratio) {
        return new Targets(
                ratio,
                mobilitySessionsMin,
                mobilitySessionsMax,
                scapularStrengthDays,
                routineDays,
                volumeJumpLimit,
                breathingDays);
    }

    public Targets withMobilitySessions(int min, int max) {
        return new Targets(pushPullRatio, min, max, scapularStrengthDays, routineDays, volumeJumpLimit, breathingDays);
    }

    public Targets withScapularStrengthDays(int days) {
        return new Targets(
                pushPullRatio,
                mobilitySessionsMin,
                mobilitySessionsMax,
                days,
                routineDays,
                volumeJumpLimit,
                breathingDays);
    }

    public Targets withRoutineDays(int days) {
        return new Targets(
                pushPullRatio,
                mobilitySessionsMin,
                mobilitySessionsMax,
                scapularStrengthDays,
                days,
                volumeJumpLimit,
                breathingDays);
    }

    public Targets withVolumeJumpLimit(double fraction) {
        return new Targets(
                pushPullRatio,
                mobilitySessionsMin,
                mobilitySessionsMax,
                scapularStrengthDays,
                routineDays,
                fraction,
                breathingDays);
    }

    public Targets withBreathingDays(int days) {
        return new Targets(
                pushPullRatio,
                mobilitySessionsMin,
                mobilitySessionsMax,
                scapularStrengthDays,
                routineDays,
                volumeJumpLimit,
                days);
    }
}
