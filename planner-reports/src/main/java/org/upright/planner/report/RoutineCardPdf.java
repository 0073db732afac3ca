package org.upright.planner.report;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.planner.common.Texts;
import org.upright.planner.report.chart.Palette;
import org.upright.planner.report.chart.ReportFonts;

/**
 * The printable card for the fridge: the lifter's back-care routine, a 14-day pain log (before and
 * after, 0–10, and a box to tick), the warning signs that mean "stop and get help", and the
 * disclaimer — on exactly one page of A4 or US Letter. Long routines are cut to
 * {@value #MAX_LINES} lines with a note, so the grid always fits. Same fonts and styles as the
 * review PDF. Instances hold no state and may be shared between threads.
 */
public final class RoutineCardPdf {

    public static final int DAYS = 14;
    public static final int MAX_LINES = 10;
    /** Longer coach's notes are shortened on the card: the row must stay one or two lines. */
    public static final int MAX_NOTE_LENGTH = 50;

    private static final float GRID_ROW_HEIGHT = 20f;

    /**
     * What the card shows.
     *
     * @param lines the routine's exercises in order: name, dose in words, note (may be empty)
     * @param firstDay the first day of the 14-day log
     * @param warningSigns the red flags in a few words each, most urgent last or first as given
     * @param disclaimer the "guidance, not a diagnosis" text
     * @param planPaused a red flag is open (domain §5): the card says the plan is paused and
     *     withholds the routine; the pain log and the warning signs stay
     */
    public record RoutineCard(
            String lifterName,
            String routineTitle,
            List<Line> lines,
            LocalDate firstDay,
            List<String> warningSigns,
            String disclaimer,
            PaperSize paperSize,
            boolean planPaused) {

        /** The card of a plan in use. */
        public RoutineCard(
                String lifterName,
                String routineTitle,
                List<Line> lines,
                LocalDate firstDay,
                List<String> warningSigns,
                String disclaimer,
                PaperSize paperSize) {
            this(lifterName, routineTitle, lines, firstDay, warningSigns, disclaimer, paperSize, false);
        }

        /** The same card for a paused plan. */
        public RoutineCard paused() {
            return new RoutineCard(
                    lifterName, routineTitle, lines, firstDay, warningSigns, disclaimer, paperSize, true);
        }

        public RoutineCard {
            lifterName = Require.text(lifterName, "lifterName", 80);
            routineTitle = Require.text(routineTitle, "routineTitle", 80);
            Objects.requireNonNull(firstDay, "firstDay is required");
            Objects.requireNonNull(paperSize, "paperSize is required");
            disclaimer = Require.text(disclaimer, "disclaimer", 400);
            if (lines == null || lines.isEmpty()) {
                throw new IllegalArgumentException("a routine card needs at least one exercise");
            }
            lines = List.copyOf(lines);
            warningSigns = warningSigns == null ? List.of() : List.copyOf(warningSigns);
        }
    }

    /** One exercise of the routine. */
    public record Line(String exercise, String dose, String note) {
        public Line {
            exercise = Require.text(exercise, "exercise", 80);
            dose = dose == null ? "" : dose;
            note = note == null ? "" : note.strip();
            if (note.length() > MAX_NOTE_LENGTH) {
                note = note.substring(0, MAX_NOTE_LENGTH - 1) + "\u2026";
            }
        }
    }

    private final ReportFonts fonts;

    public RoutineCardPdf() {
        this(ReportFonts.get());
    }

    RoutineCardPdf(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /** The card in the reader's language ({@code locale} also sets how days are written). */
    public byte[] render(RoutineCard card, Locale locale) {
        PdfStyle style = new PdfStyle(fonts, locale);
        Rectangle paper =
                new Rectangle(card.paperSize().widthPoints(), card.paperSize().heightPoints());
        Document document = new Document(paper, 40, 40, 34, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            document.addTitle(Words.text(locale, "reports.card.documentTitle", card.lifterName()));
            document.addAuthor("Upright");
            document.addCreator("Upright planner");
            document.open();
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(Texts.supported(locale).toLanguageTag()));
            header(document, card, style);
            routine(document, card, style);
            painLog(document, card, style);
            warnings(document, card, style);
            document.add(Blocks.gap(6));
            Blocks.addLine(document, style.footer.getSize() * 1.3f, card.disclaimer(), style.footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the routine card", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void header(Document document, RoutineCard card, PdfStyle style) throws DocumentException {
        Blocks.addLine(document, 10, Words.text(style.locale, "reports.card.brand"), style.brand);
        document.add(Blocks.gap(2));
        Blocks.addLine(document, 20, card.routineTitle(), style.heading);
        Paragraph who = new Paragraph(12, "", style.body);
        who.add(Scripts.phrase(card.lifterName(), style.bodyBold));
        if (!card.planPaused()) {
            // The direction mark closes a right-to-left name, so the line goes on left to right after it.
            who.add(Scripts.phrase(
                    "\u200e   \u00b7   " + Words.text(style.locale, "reports.card.howOften"), style.small));
        }
        document.add(Blocks.block(who, PdfWriter.RUN_DIRECTION_LTR));
    }

    private static void routine(Document document, RoutineCard card, PdfStyle style) throws DocumentException {
        document.add(Blocks.gap(6));
        if (card.planPaused()) {
            PdfPTable box = Blocks.table(1);
            PdfPCell heading = Blocks.cell(Words.text(style.locale, "reports.card.paused.heading"), style.heading);
            alert(heading);
            box.addCell(heading);
            PdfPCell text = Blocks.cell(Words.text(style.locale, "reports.card.paused.text"), style.body);
            alert(text);
            text.setPaddingBottom(8);
            box.addCell(text);
            document.add(box);
            return;
        }
        PdfPTable table = Blocks.table(4);
        table.setWidths(new float[] {0.3f, 2.3f, 1.4f, 3.0f});
        List<Line> shown =
                card.lines().subList(0, Math.min(MAX_LINES, card.lines().size()));
        boolean shade = false;
        for (int i = 0; i < shown.size(); i++) {
            Line line = shown.get(i);
            PdfPCell[] cells = {
                Blocks.cell((i + 1) + ".", style.tableCell),
                Blocks.cell(line.exercise(), style.tableCellBold),
                Blocks.cell(line.dose(), style.tableCell),
                Blocks.cell(line.note(), style.small)
            };
            for (PdfPCell cell : cells) {
                cell.setPaddingTop(2f);
                cell.setPaddingBottom(3f);
                if (shade) {
                    cell.setBackgroundColor(Palette.SHADE);
                }
                table.addCell(cell);
            }
            shade = !shade;
        }
        document.add(table);
        int hidden = card.lines().size() - shown.size();
        if (hidden > 0) {
            Blocks.addLine(document, 11, Words.text(style.locale, "reports.card.more", hidden), style.small);
        }
    }

    private static void painLog(Document document, RoutineCard card, PdfStyle style) throws DocumentException {
        document.add(Blocks.gap(8));
        Blocks.addLine(document, 16, Words.text(style.locale, "reports.card.painLog.heading", DAYS), style.heading);
        Blocks.addLine(document, 11, Words.text(style.locale, "reports.card.painLog.how"), style.small);
        document.add(Blocks.gap(3));
        PdfPTable grid = Blocks.table(5);
        grid.setWidths(new float[] {1.4f, 0.6f, 0.8f, 0.8f, 3.4f});
        grid.setHeaderRows(1);
        List<String> heads = List.of(
                "reports.card.painLog.day",
                "reports.card.painLog.done",
                "reports.card.painLog.before",
                "reports.card.painLog.after",
                "reports.card.painLog.notes");
        for (String head : heads) {
            PdfPCell cell = Blocks.cell(Words.text(style.locale, head), style.tableHead);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(Palette.INK);
            cell.setBorderWidth(0.8f);
            if (!head.equals(heads.getFirst()) && !head.equals(heads.getLast())) {
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            }
            grid.addCell(cell);
        }
        for (int i = 0; i < DAYS; i++) {
            PdfPCell day = Blocks.cell(Words.weekday(card.firstDay().plusDays(i), style.locale), style.tableCell);
            grid.addCell(box(day));
            grid.addCell(box(Blocks.centred(Blocks.cell("\u25a1", style.tableCell))));
            grid.addCell(box(Blocks.cell("", style.tableCell)));
            grid.addCell(box(Blocks.cell("", style.tableCell)));
            grid.addCell(box(Blocks.cell("", style.tableCell)));
        }
        document.add(grid);
    }

    private static PdfPCell box(PdfPCell cell) {
        cell.setFixedHeight(GRID_ROW_HEIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(Palette.GRID);
        cell.setBorderWidth(0.6f);
        return cell;
    }

    private static void alert(PdfPCell cell) {
        cell.setBackgroundColor(Palette.ALERT_BACKGROUND);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(8);
    }

    private static void warnings(Document document, RoutineCard card, PdfStyle style) throws DocumentException {
        if (card.warningSigns().isEmpty()) {
            return;
        }
        document.add(Blocks.gap(8));
        // Two columns: six warning signs take three lines, so the grid above keeps its room.
        PdfPTable box = Blocks.table(2);
        PdfPCell heading = Blocks.cell(Words.text(style.locale, "reports.card.warnings"), style.bodyBold);
        heading.setColspan(2);
        alert(heading);
        heading.setPaddingBottom(2);
        box.addCell(heading);
        List<String> signs = card.warningSigns();
        int rows = (signs.size() + 1) / 2;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < 2; column++) {
                int index = column * rows + row;
                PdfPCell cell = Blocks.cell(index < signs.size() ? "\u2022 " + signs.get(index) : "", style.body);
                alert(cell);
                cell.setPaddingTop(1);
                cell.setPaddingBottom(row == rows - 1 ? 6 : 1);
                box.addCell(cell);
            }
        }
        document.add(box);
    }
}
