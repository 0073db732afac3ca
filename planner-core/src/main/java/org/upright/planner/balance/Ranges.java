package org.upright.planner.balance;

import org.upright.planner.common.Quantities;

/**
 * The one way Upright writes a range of whole numbers, on screen, in findings and on paper: "2–3",
 * or just "3" when both ends are the same — never "3 to 3" or "3–3". Kept for its callers; the
 * formatter itself is {@link Quantities#range}, next to the other numbers a reader sees.
 */
public final class Ranges {

    private Ranges() {}

    /** "2–3", or "3" when {@code min == max}. */
    public static String of(int min, int max) {
        return Quantities.range(min, max);
    }
}
