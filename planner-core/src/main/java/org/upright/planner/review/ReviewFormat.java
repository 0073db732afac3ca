package org.upright.planner.review;

/**
 * How a share is written wherever the review speaks — its advice here, the screen and the PDF
 * (through the reports' {@code Words}): "80%", with no space, the same everywhere.
 */
public final class ReviewFormat {

    private ReviewFormat() {}

    /** 0.8 → "80%". */
    public static String percent(double share) {
        return percent((int) Math.round(share * 100));
    }

    /** 80 → "80%". */
    public static String percent(int percent) {
        return percent + "%";
    }
}
