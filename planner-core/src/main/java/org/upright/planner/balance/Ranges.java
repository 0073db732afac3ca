package org.upright.planner.balance;

/**
 * The one way Upright writes a range of whole numbers, on screen, in findings and on paper: "2–3",
 * or just "3" when both ends are the same — never "3 to 3" or "3–3".
 */
public final class Ranges {

    private static final String EN_DASH = "\u2013";

    private Ranges() {}

    /** "2–3", or "3" when {@code min == max}. */
    public static String of(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("a range runs from its smaller end: " + min + " > " + max);
        }
        return min == max ? Integer.toString(min) : min + EN_DASH + max;
    }
}
