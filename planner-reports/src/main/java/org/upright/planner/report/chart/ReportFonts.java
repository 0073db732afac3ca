package org.upright.planner.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The one typeface of the review: Liberation Sans (regular and bold), bundled in {@code
 * openpdf-fonts-extra}. It covers Latin with diacritics, Greek and Cyrillic, and is metric-compatible
 * with Arial, so the SVG charts keep their layout in a browser that falls back to Arial.
 *
 * <p>The TTF files are read once per JVM. The same bytes give both the Java2D fonts that JFreeChart
 * measures text with and the PDF fonts that are embedded, so labels measured for a chart fit exactly
 * when drawn into the PDF. Instances are immutable and safe to share between threads.
 */
public final class ReportFonts {

    /**
     * Family name as written into SVG, with fallbacks that have the same metrics. Unquoted on
     * purpose: JFreeSVG writes style attributes in single quotes, so a quoted name would end the
     * attribute and break the XML.
     */
    public static final String CSS_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif";

    private static final String REGULAR_TTF = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD_TTF = "liberation/LiberationSans-Bold.ttf";

    private final Font regular;
    private final Font bold;
    private final BaseFont pdfRegular;
    private final BaseFont pdfBold;
    private final FontMapper pdfFontMapper;
    private final List<Fallback> fallbacks;

    private ReportFonts() {
        byte[] regularBytes = read(REGULAR_TTF);
        byte[] boldBytes = read(BOLD_TTF);
        this.regular = awtFont(regularBytes, REGULAR_TTF);
        // A bold TTF loaded with Font.createFont reports style PLAIN; deriving BOLD from the bold face
        // marks it bold for JFreeSVG (font-weight) without faking a heavier stroke in Java2D.
        this.bold = awtFont(boldBytes, BOLD_TTF).deriveFont(Font.BOLD);
        this.pdfRegular = pdfFont("LiberationSans-Regular.ttf", regularBytes);
        this.pdfBold = pdfFont("LiberationSans-Bold.ttf", boldBytes);
        this.pdfFontMapper = new SameFaceFontMapper(pdfRegular, pdfBold, regular);
        this.fallbacks = List.of(
                fallback("fonts/noto/NotoSansHebrew-Regular.ttf", "fonts/noto/NotoSansHebrew-Bold.ttf", null),
                fallback("fonts/noto/NotoSansArabic-Regular.ttf", "fonts/noto/NotoSansArabic-Bold.ttf", null),
                // Hangul from one face: Droid Sans Fallback has a handful of syllables, which would
                // otherwise print a Korean word in two faces.
                fallback("fonts/nanum/NanumBarunGothic.ttf", null, Character.UnicodeScript.HANGUL),
                fallback("fonts/droid/DroidSansFallbackFull.ttf", null, null),
                fallback("fonts/symbola/Symbola.ttf", null, null));
    }

    /**
     * A face for a script Liberation Sans lacks (Hebrew, Arabic, CJK, emoji and symbols), with its
     * bold face where the family has one ({@code bold} is the regular face otherwise).
     *
     * @param only the one script this face is used for; {@code null} for any character it has
     */
    public record Fallback(BaseFont regular, BaseFont bold, Character.UnicodeScript only) {

        /** The face for {@code codePoint}, or {@code null} when this fallback does not print it. */
        public BaseFont faceFor(int codePoint, boolean isBold) {
            if (only != null && Character.UnicodeScript.of(codePoint) != only) {
                return null;
            }
            BaseFont face = isBold ? bold : regular;
            return face.charExists(codePoint) ? face : null;
        }
    }

    /**
     * The faces tried, in order, for a character Liberation Sans lacks: Noto Sans Hebrew, Noto Sans
     * Arabic, Nanum Barun Gothic (Hangul), Droid Sans Fallback (Chinese, Japanese), Symbola (emoji).
     * See {@code fonts/README.md}.
     */
    public List<Fallback> fallbacks() {
        return fallbacks;
    }

    private static Fallback fallback(String regularTtf, String boldTtf, Character.UnicodeScript only) {
        BaseFont regular = pdfFont(regularTtf.substring(regularTtf.lastIndexOf('/') + 1), read(regularTtf));
        BaseFont bold =
                boldTtf == null ? regular : pdfFont(boldTtf.substring(boldTtf.lastIndexOf('/') + 1), read(boldTtf));
        return new Fallback(regular, bold, only);
    }

    /** The shared instance; the fonts are loaded on first use. */
    public static ReportFonts get() {
        return Holder.INSTANCE;
    }

    /** Regular face for charts, at {@code size} points. */
    public Font regular(float size) {
        return regular.deriveFont(size);
    }

    /** Bold face for charts, at {@code size} points. */
    public Font bold(float size) {
        return bold.deriveFont(size);
    }

    /** Regular face for PDF text, embedded as a subset with Unicode (Identity-H) encoding. */
    public BaseFont pdfRegular() {
        return pdfRegular;
    }

    /** Bold face for PDF text, embedded as a subset with Unicode (Identity-H) encoding. */
    public BaseFont pdfBold() {
        return pdfBold;
    }

    /** Maps chart fonts to the embedded PDF faces when a chart is drawn into a PDF. */
    public FontMapper pdfFontMapper() {
        return pdfFontMapper;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        resource + " is missing from the classpath (openpdf-fonts-extra or planner-reports' fonts/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static Font awtFont(byte[] ttf, String name) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Could not load " + name, e);
        }
    }

    private static BaseFont pdfFont(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + name, e);
        }
    }

    private static final class Holder {
        private static final ReportFonts INSTANCE = new ReportFonts();
    }

    /**
     * Chart text in the PDF uses the embedded Liberation faces. Bold is recognised by the face name
     * ("Liberation Sans Bold") as well as by the style, because a bold TTF loads as style PLAIN.
     */
    private record SameFaceFontMapper(BaseFont regular, BaseFont bold, Font awtRegular) implements FontMapper {

        @Override
        public BaseFont awtToPdf(Font font) {
            boolean isBold = font.isBold()
                    || font.getFontName().toLowerCase(java.util.Locale.ROOT).contains("bold");
            return isBold ? bold : regular;
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return awtRegular.deriveFont((float) size);
        }
    }
}
