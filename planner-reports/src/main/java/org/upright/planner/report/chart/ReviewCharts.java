package org.upright.planner.report.chart;

import java.util.List;

/** The five charts of the review, in the order the PDF prints them. */
public final class ReviewCharts {

    public static final WeeklyChart PUSH_PULL = new PushPullChart();
    public static final WeeklyChart MOBILITY = new MobilityChart();
    public static final WeeklyChart PAIN = new PainChart();
    public static final WeeklyChart ADHERENCE = new AdherenceChart();
    public static final WeeklyChart BALANCE_SCORE = new BalanceScoreChart();

    private ReviewCharts() {}

    public static List<WeeklyChart> all() {
        return List.of(PUSH_PULL, MOBILITY, PAIN, ADHERENCE, BALANCE_SCORE);
    }
}
