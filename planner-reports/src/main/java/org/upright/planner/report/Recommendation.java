package org.upright.planner.report;

/**
 * One piece of advice for the next weeks (domain §6), for example "Consistency first".
 *
 * @param title a short heading
 * @param text the advice in plain words
 */
public record Recommendation(String title, String text) {

    public Recommendation {
        title = Require.text(title, "recommendation.title", 200);
        text = Require.text(text, "recommendation.text", 4_000);
    }
}
