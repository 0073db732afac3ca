package org.upright.planner.safety;

/**
 * A count and a sum of pain scores. Means are compared exactly, on the integer sums, so that a
 * threshold such as "a mean of 7" or "a drop of 30 %" holds at exactly that value and not a
 * rounding error away from it.
 */
public record PainTally(int readings, int total) {

    public static final PainTally EMPTY = new PainTally(0, 0);

    public PainTally {
        if (readings < 0 || total < 0 || total > readings * PainReading.MAX_SCORE) {
            throw new IllegalArgumentException(
                    "a pain tally needs 0 to 10 points per reading, was " + total + " over " + readings);
        }
    }

    public PainTally add(int score) {
        return new PainTally(readings + 1, total + score);
    }

    public boolean isEmpty() {
        return readings == 0;
    }

    /** The mean score, 0–10; 0 when there are no readings (check {@link #isEmpty()} first). */
    public double mean() {
        return readings == 0 ? 0.0 : (double) total / readings;
    }

    /** Whether the mean is at least {@code points}, exactly. An empty tally never is. */
    public boolean meanAtLeast(int points) {
        return readings > 0 && total >= (long) points * readings;
    }

    /** Whether this mean is strictly higher than {@code other}'s, exactly. */
    public boolean meanAbove(PainTally other) {
        return (long) total * other.readings > (long) other.total * readings;
    }
}
