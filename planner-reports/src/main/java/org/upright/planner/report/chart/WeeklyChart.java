package org.upright.planner.report.chart;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.upright.planner.report.WeekRow;

/**
 * One chart of the review, drawn from the weekly rows. The same chart goes to the web screens (as
 * SVG, {@link SvgChartWriter}) and into the PDF (as vector drawing, {@link PdfChartDrawer}).
 *
 * <p>Implementations are stateless; {@link #build} returns a new chart each time, because a
 * JFreeChart is mutable and not safe to share between threads.
 */
public interface WeeklyChart {

    /** The chart's heading in the reader's language, also usable as alternative text on screen. */
    String title(Locale locale);

    /**
     * A new, fully styled chart of the given weeks (one category per week, in order), every word,
     * week and number in the reader's language.
     */
    JFreeChart build(List<WeekRow> weeks, Locale locale);
}
