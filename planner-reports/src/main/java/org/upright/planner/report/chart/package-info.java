/**
 * The review's five charts (JFreeChart), one small class each, and their two outputs: SVG text for
 * the web screens ({@link org.upright.planner.report.chart.SvgChartWriter}) and vector drawing into
 * a PDF ({@link org.upright.planner.report.chart.PdfChartDrawer}). Nothing is ever rasterised.
 *
 * <p>All text uses the bundled Liberation Sans ({@link org.upright.planner.report.chart.ReportFonts}),
 * so labels are measured with the very font that is embedded in the PDF.
 */
package org.upright.planner.report.chart;
