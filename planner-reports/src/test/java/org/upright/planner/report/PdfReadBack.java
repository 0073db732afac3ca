package org.upright.planner.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A rendered PDF read back with PDFBox, page by page, for assertions. */
final class PdfReadBack {

    /**
     * What one page holds: its text in reading order with whitespace runs collapsed to one space,
     * its size and what its resources (and nested forms) use. */
    record Page(
            int number,
            String text,
            float width,
            float height,
            List<PDFont> fonts,
            int images,
            int forms,
            List<TextPosition> glyphs) {}

    private PdfReadBack() {}

    static List<Page> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                GlyphCollector stripper = new GlyphCollector();
                // Visual order: OpenPDF writes tables and paragraphs to different layers.
                stripper.setSortByPosition(true);
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                List<PDFont> fonts = new ArrayList<>();
                int[] counts = new int[2];
                walk(page.getResources(), fonts, counts, 0);
                PDRectangle box = page.getMediaBox();
                pages.add(new Page(
                        i + 1, text, box.getWidth(), box.getHeight(), fonts, counts[0], counts[1], stripper.glyphs));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String allText(List<Page> pages) {
        StringBuilder all = new StringBuilder();
        pages.forEach(p -> all.append(p.text()));
        return all.toString();
    }

    /** Collects fonts and counts image and form XObjects, following forms into their resources. */
    private static void walk(PDResources resources, List<PDFont> fonts, int[] counts, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                counts[0]++;
            } else if (x instanceof PDFormXObject form) {
                counts[1]++;
                walk(form.getResources(), fonts, counts, depth + 1);
            }
        }
    }

    private static final class GlyphCollector extends PDFTextStripper {
        final List<TextPosition> glyphs = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(text);
            super.processTextPosition(text);
        }
    }
}
