package org.upright.planner.report;

import org.upright.planner.balance.Ranges;

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

    /**
     * Whether a week with {@code sessions} mobility sessions is on target. The band is a minimum
     * (domain §6): more than its top is on target too.
     */
    public boolean onTarget(int sessions) {
        return sessions >= min;
    }

    /** For example {@code 2–3}, or {@code 2} when min and max are equal ({@link Ranges}). */
    @Override
    public String toString() {
        return Ranges.of(min, max);
    }
}
