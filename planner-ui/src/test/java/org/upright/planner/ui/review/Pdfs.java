package org.upright.planner.ui.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Review PDFs (and ZIPs of them) read back with PDFBox, for assertions about what a user gets. */
public final class Pdfs {

    /**
     * What a PDF holds: its text (whitespace collapsed), page sizes in points, whether every font is
     * embedded, and how many raster images it contains.
     */
    public record Read(String text, List<float[]> pageSizes, boolean allFontsEmbedded, int images, int forms) {}

    private Pdfs() {}

    /** A PDF file, such as a browser's download. */
    public static Read read(Path pdf) {
        try {
            return read(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Read read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            List<float[]> sizes = new ArrayList<>();
            boolean[] embedded = {true};
            int[] counts = new int[2];
            for (PDPage page : document.getPages()) {
                sizes.add(new float[] {
                    page.getMediaBox().getWidth(), page.getMediaBox().getHeight()
                });
                walk(page.getResources(), embedded, counts, 0);
            }
            return new Read(text, sizes, embedded[0], counts[0], counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a ZIP, by name, in order. */
    public static Map<String, byte[]> unzip(InputStream zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDResources resources, boolean[] embedded, int[] counts, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            embedded[0] &= resources.getFont(name).isEmbedded();
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                counts[0]++;
            } else if (x instanceof PDFormXObject form) {
                counts[1]++;
                walk(form.getResources(), embedded, counts, depth + 1);
            }
        }
    }
}
