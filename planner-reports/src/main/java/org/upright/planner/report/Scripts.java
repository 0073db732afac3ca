package org.upright.planner.report;

import java.text.Bidi;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.planner.report.chart.ReportFonts;

/**
 * Text anyone may have typed — a lifter's name, a coach's note, a custom exercise — printed in every
 * script: each character goes to the first embedded face that has it (Liberation Sans, then Noto
 * Sans Hebrew, Noto Sans Arabic, Droid Sans Fallback for CJK, Symbola for emoji), and a character
 * none of them has prints as U+FFFD, so nothing is ever dropped without a trace. Invisible
 * formatting characters (joiners, variation selectors) are left out: they have no glyph of their
 * own. Direction marks are kept for the bidi algorithm.
 *
 * <p>Right-to-left text (Hebrew, Arabic) is reordered and Arabic is shaped by OpenPDF's bidi
 * support, which only runs inside a table cell or column with a run direction: {@link Blocks} sets
 * one on every cell, and {@link #runDirection} says which. Stateless; safe to share.
 */
final class Scripts {

    /** What prints for a character no embedded face has. */
    static final int REPLACEMENT = 0xFFFD;

    private Scripts() {}

    /** {@code text} as a phrase in {@code font}'s size, colour and weight, every script covered. */
    static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        addRuns(phrase, text, font);
        return phrase;
    }

    /** A paragraph of {@code text}, every script covered. */
    static Paragraph paragraph(float leading, String text, Font font) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.setFont(font);
        addRuns(paragraph, text, font);
        return paragraph;
    }

    /**
     * The run direction for a block of text someone typed: right to left when its first strong
     * character is Hebrew or Arabic, so a note written in Hebrew reads and aligns as Hebrew; left to
     * right otherwise (still reordering any right-to-left words inside it).
     */
    static int runDirection(String text) {
        if (text == null || text.isEmpty() || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return PdfWriter.RUN_DIRECTION_LTR;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        return bidi.baseIsLeftToRight() ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL;
    }

    private static void addRuns(Phrase into, String text, Font font) {
        if (text == null || text.isEmpty()) {
            into.add(new Chunk("", font));
            return;
        }
        ReportFonts fonts = ReportFonts.get();
        boolean bold = font.getBaseFont() == fonts.pdfBold();
        BaseFont primary = font.getBaseFont() == null ? fonts.pdfRegular() : font.getBaseFont();
        List<ReportFonts.Fallback> fallbacks = fonts.fallbacks();

        StringBuilder run = new StringBuilder();
        BaseFont runFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (invisible(cp)) {
                continue;
            }
            BaseFont face;
            if (directionMark(cp)) {
                // No glyph, but the bidi algorithm needs it; it stays in the run it is in.
                face = runFace == null ? primary : runFace;
            } else if (runFace != null && staysInRun(cp) && runFace.charExists(cp)) {
                face = runFace;
            } else if (primary.charExists(cp) || cp == '\n' || cp == '\r' || cp == '\t') {
                face = primary;
            } else {
                face = fallback(cp, bold, fallbacks);
                if (face == null) {
                    cp = REPLACEMENT;
                    face = fallback(cp, false, fallbacks);
                }
            }
            if (face != runFace && !run.isEmpty()) {
                into.add(new Chunk(run.toString(), face(font, runFace)));
                run.setLength(0);
            }
            runFace = face;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            into.add(new Chunk(run.toString(), face(font, runFace)));
        }
    }

    private static BaseFont fallback(int cp, boolean bold, List<ReportFonts.Fallback> fallbacks) {
        for (ReportFonts.Fallback fallback : fallbacks) {
            BaseFont face = fallback.faceFor(cp, bold);
            if (face != null) {
                return face;
            }
        }
        return null;
    }

    /** Spaces and combining marks stay with the run they are in, so a word and its marks share a face. */
    private static boolean staysInRun(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The marks that steer the bidi algorithm: LRM, RLM and the Arabic letter mark. */
    private static boolean directionMark(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    /** Zero-width joiners, variation selectors and other glyphless formatting (not direction marks). */
    private static boolean invisible(int cp) {
        return (Character.getType(cp) == Character.FORMAT && !directionMark(cp))
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static Font face(Font font, BaseFont face) {
        return face == font.getBaseFont() ? font : new Font(face, font.getSize(), font.getStyle(), font.getColor());
    }
}
