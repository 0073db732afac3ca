/**
 * The printable 4–6 week review (domain §6).
 *
 * <p>{@link org.upright.planner.report.ReviewSheet} is the report's own input: plain records, already
 * worked out, checked on construction. The core's review calculator is mapped to it; this module
 * never reads the database and knows nothing of Vaadin or Spring MVC. {@link
 * org.upright.planner.report.ReviewPdf} lays a sheet out as a PDF on A4 or US Letter; the charts it
 * draws live in {@link org.upright.planner.report.chart} and are the same ones the web screens show
 * as SVG.
 */
package org.upright.planner.report;
