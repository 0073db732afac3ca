package org.upright.planner.balance;

import java.util.OptionalDouble;

/**
 * Ratio arithmetic shared by the push:pull rule and its suggestion, so both agree to the last set.
 * Weighted sets are multiples of 0.5 and exact in binary, but targets such as 1.1 are not: the
 * comparison allows a hair of rounding error.
 */
final class Ratio {

    static final double EPSILON = 1e-9;

    private Ratio() {}

    /** {@code top / bottom}, or empty when there is nothing to divide by. */
    static OptionalDouble of(double top, double bottom) {
        return bottom > 0 ? OptionalDouble.of(top / bottom) : OptionalDouble.empty();
    }

    /** Whether {@code top / bottom ≥ target}, written without the division. */
    static boolean reaches(double top, double bottom, double target) {
        return top >= target * bottom - EPSILON;
    }

    /** How many more of {@code top} are needed for {@code top / bottom} to reach {@code target}. */
    static double shortfall(double top, double bottom, double target) {
        double missing = target * bottom - top;
        return missing > EPSILON ? missing : 0.0;
    }
}
