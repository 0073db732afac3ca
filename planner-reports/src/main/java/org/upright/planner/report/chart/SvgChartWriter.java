package org.upright.planner.report.chart;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as an inline SVG element for the web screens. Text stays text (selectable, read by
 * screen readers) in Liberation Sans with metric-compatible fallbacks, so labels fit as measured.
 */
public final class SvgChartWriter {

    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private SvgChartWriter() {}

    /**
     * The chart as an {@code <svg>} element with a view box, so the page can scale it.
     *
     * @param chart the chart to draw
     * @param width drawing width in CSS pixels (fonts are sized for 1 px = 1 pt)
     * @param height drawing height in CSS pixels
     * @param idPrefix prefix for the ids of clip paths and gradients; give each chart on a page its
     *     own (for example "pushpull"), or their definitions clash
     */
    public static String toSvg(JFreeChart chart, int width, int height, String idPrefix) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive (was " + width + "×" + height + ")");
        }
        if (!ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("idPrefix must be a letter followed by letters, digits, - or _");
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix + "-");
        g2.setGeomDoubleConverter(SvgChartWriter::hundredths);
        g2.setTransformDoubleConverter(SvgChartWriter::hundredths);
        g2.setFontFunction(family -> family.startsWith("Liberation Sans") ? ReportFonts.CSS_FAMILY : family);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        return g2.getSVGElement(idPrefix, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** Coordinates to 1/100 px: invisible on screen, and the SVG is about a third smaller. */
    static String hundredths(double value) {
        long scaled = Math.round(value * 100);
        return scaled % 100 == 0
                ? Long.toString(scaled / 100)
                : BigDecimal.valueOf(scaled, 2).stripTrailingZeros().toPlainString();
    }
}
