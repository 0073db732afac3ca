package org.upright.planner.report;

import java.awt.Color;
import java.util.Locale;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.upright.planner.report.chart.Palette;
import org.upright.planner.report.chart.ReportFonts;

/**
 * The review's text styles, all in the embedded Liberation Sans. Bold uses the real bold face, not
 * OpenPDF's simulated bold, so it looks the same in every viewer and printer.
 */
final class PdfStyle {

    static final float MARGIN_SIDE = 48f;

    /** The reader's language: every section writes its words and numbers in it. */
    final Locale locale;

    final BaseFont regular;
    final BaseFont bold;

    final Font brand;
    final Font title;
    final Font subtitle;
    final Font heading;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font figure;
    final Font figureLabel;
    final Font tableHead;
    final Font tableCell;
    final Font tableCellBold;
    final Font tableCellAlert;
    final Font footer;
    final Font header;
    final Font bannerText;
    final Font noticeHeading;
    final Font tag;

    PdfStyle(ReportFonts fonts, Locale locale) {
        this.locale = locale;
        this.regular = fonts.pdfRegular();
        this.bold = fonts.pdfBold();
        brand = font(bold, 8, Palette.MUTED);
        title = font(bold, 22, Palette.INK);
        subtitle = font(regular, 11, Palette.MUTED);
        heading = font(bold, 13, Palette.INK);
        body = font(regular, 9.5f, Palette.INK);
        bodyBold = font(bold, 9.5f, Palette.INK);
        small = font(regular, 8, Palette.MUTED);
        figure = font(bold, 15, Palette.INK);
        figureLabel = font(bold, 7.5f, Palette.MUTED);
        tableHead = font(bold, 8, Palette.INK);
        tableCell = font(regular, 8, Palette.INK);
        tableCellBold = font(bold, 8, Palette.INK);
        tableCellAlert = font(bold, 8, Palette.ALERT);
        footer = font(regular, 7, Palette.MUTED);
        header = font(regular, 7.5f, Palette.MUTED);
        bannerText = font(bold, 9, Color.WHITE);
        noticeHeading = font(bold, 12.5f, Color.WHITE);
        tag = font(bold, 7.5f, Color.WHITE);
    }

    private static Font font(BaseFont face, float size, Color colour) {
        return new Font(face, size, Font.NORMAL, colour);
    }
}
