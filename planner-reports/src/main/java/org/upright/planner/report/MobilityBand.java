package org.upright.planner.report;

/**
 * The number of mobility sessions a week should have, for example 2–3 (domain default).
 *
 * @param min fewest sessions that still count as "in the band"
 * @param max most sessions that still count as "in the band"
 */
public record MobilityBand(int min, int max) {

    public static final MobilityBand DEFAULT = new MobilityBand(2, 3);

    public MobilityBand {
        Require.between(min, 0, 14, "mobilityBand.min");
        Require.between(max, min, 14, "mobilityBand.max");
    }

    public boolean contains(int sessions) {
        return sessions >= min && sessions <= max;
    }

    /** For example {@code 2–3}, or {@code 2} when min and max are equal. */
    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "\u2013" + max;
    }
}
