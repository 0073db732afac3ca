package org.upright.planner.safety;

/**
 * Whether pain has dropped enough for a lifter to notice: by at least {@value #MIN_DROP_POINTS}
 * points or at least {@value #MIN_DROP_PERCENT} % of where it started — the common threshold for a
 * clinically important change on the 0–10 scale (Farrar et al., Pain 2001). Either is enough.
 * Compared exactly on the integer sums, so a drop of exactly 2 points or exactly 30 % counts.
 */
public final class PainImprovement {

    public static final int MIN_DROP_POINTS = 2;
    public static final int MIN_DROP_PERCENT = 30;

    private PainImprovement() {}

    /**
     * Whether the mean of {@code latest} is lower than the mean of {@code first} by at least two
     * points or at least 30 %. Both tallies must have readings.
     */
    public static boolean isMeaningful(PainTally first, PainTally latest) {
        if (first.isEmpty() || latest.isEmpty()) {
            throw new IllegalArgumentException("both weeks need pain readings to compare them");
        }
        // drop = first.total/first.readings - latest.total/latest.readings, scaled by both counts
        long scaledDrop = (long) first.total() * latest.readings() - (long) latest.total() * first.readings();
        long scale = (long) first.readings() * latest.readings();
        boolean byPoints = scaledDrop >= MIN_DROP_POINTS * scale;
        boolean byShare =
                scaledDrop > 0 && 100 * scaledDrop >= (long) MIN_DROP_PERCENT * first.total() * latest.readings();
        return byPoints || byShare;
    }
}
