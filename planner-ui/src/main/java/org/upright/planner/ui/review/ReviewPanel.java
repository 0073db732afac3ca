package org.upright.planner.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.upright.planner.common.Texts;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.Words;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.Recommendation;
import org.upright.planner.review.ReviewMailing;
import org.upright.planner.review.ReviewRejected;
import org.upright.planner.review.ReviewService;
import org.upright.planner.ui.i18n.LanguageNames;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * A lifter's 4–6 week review on screen, for the lifter and for their coach: pick how many weeks and
 * which week it ends with, read it, download it as a PDF on the paper of choice; the coach also
 * writes the note that goes into the PDF, and the coach (or a lifter without one) e-mails it to the
 * client.
 */
final class ReviewPanel extends Div {

    /** Who reads the review here: the coach also writes the note and picks the PDF's language. */
    enum Reader {
        LIFTER,
        COACH
    }

    Select<Integer> weekCount;
    Select<LocalDate> ending;
    RadioButtonGroup<PaperSize> paper;
    Select<Locale> printLanguage;
    final Anchor download = new Anchor();

    private final ReviewPrinter printer;
    private final ReviewMailing mailing;
    private final long lifterId;
    private final LocalDate endWeek;
    private final int weeks;
    private volatile PaperSize chosenPaper;
    private volatile Locale chosenLanguage;

    /**
     * @param endWeek the Monday the review ends with
     * @param language the language the PDF prints in at first: the reader's own, or for a coach
     *     the client's; the screen always speaks the reader's
     * @param navigate opens the review for another end week and number of weeks
     */
    ReviewPanel(
            ReviewPrinter printer,
            ReviewService reviews,
            ReviewMailing mailing,
            long lifterId,
            LocalDate endWeek,
            int weeks,
            LocalDate today,
            Reader reader,
            Locale language,
            BiConsumer<LocalDate, Integer> navigate) {
        this.printer = printer;
        this.mailing = mailing;
        this.lifterId = lifterId;
        this.endWeek = endWeek;
        this.weeks = weeks;
        this.chosenPaper = PaperChoice.current();
        this.chosenLanguage = language;
        boolean coach = reader == Reader.COACH;
        addClassName("review");

        ReviewPrinter.Printable printable;
        try {
            printable = printer.prepare(lifterId, endWeek, weeks, chosenPaper, getLocale());
        } catch (ReviewRejected rejected) {
            H2 title = new H2(getTranslation("ui.review.title"));
            title.setId("review-title");
            Paragraph error = new Paragraph(ReaderText.render(rejected.reason()));
            error.setId("review-error");
            error.addClassName("review-error");
            add(title, controls(today, coach, navigate), error);
            return;
        }
        LifterReview review = printable.review();
        ReviewSheet sheet = printable.sheet();

        H2 title = new H2(getTranslation("ui.review.titleFor", review.lifterName()));
        title.setId("review-title");
        String weeksShown = Words.period(sheet.period(), sheet.locale());
        Paragraph period = new Paragraph(review.coachName()
                .map(name -> getTranslation("ui.review.periodWithCoach", weeksShown, name))
                .orElse(weeksShown));
        period.setId("review-period");
        period.addClassName("review-period");
        add(title, period, controls(today, coach, navigate));

        add(ReviewSections.safety(sheet.safety(), sheet.locale()));
        add(section(
                getTranslation("ui.review.keyFigures"), ReviewSections.keyFigures(sheet.keyFigures(), sheet.locale())));
        add(ReviewSections.recommendations(
                sheet.recommendations(),
                review.report().recommendations().stream()
                        .map(Recommendation::kind)
                        .toList()));
        add(section(getTranslation("ui.review.charts"), ReviewSections.charts(sheet.weeks(), sheet.locale())));
        add(section(getTranslation("ui.review.weekByWeek"), ReviewSections.weeklyTable(sheet.weeks(), sheet.locale())));
        add(ReviewSections.findings(sheet.findings(), sheet.locale()));
        if (coach) {
            add(new ReviewNoteEditor(reviews, lifterId, review.lastWeek(), review.note()));
        } else if (sheet.note().isPresent()) {
            Div note = new Div(new H3(sheet.coach()
                    .map(name -> getTranslation("ui.review.noteFromCoachNamed", name))
                    .orElseGet(() -> getTranslation("ui.review.noteFromCoach"))));
            note.setId("review-note");
            note.addClassName("review-note");
            for (String paragraph : sheet.note().get().split("\\R\\s*\\R")) {
                note.add(new Paragraph(paragraph.strip()));
            }
            add(note);
        }
        add(ReviewSections.disclaimer(sheet));
    }

    private Component controls(LocalDate today, boolean coach, BiConsumer<LocalDate, Integer> navigate) {
        weekCount = ReviewPickers.weekCount(weeks);
        weekCount.setId("review-weeks-count");
        weekCount.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate.accept(endWeek, e.getValue());
            }
        });
        ending = ReviewPickers.ending(today, endWeek);
        ending.setId("review-ending");
        ending.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate.accept(e.getValue(), weeks);
            }
        });
        paper = ReviewPickers.paper(chosenPaper);
        paper.setId("review-paper");
        paper.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosenPaper = e.getValue();
            }
        });

        download.setId("download-review");
        download.addClassName("review-download");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("ui.review.download")));
        download.setHref(pdfDownload());

        FlexLayout controls = new FlexLayout(weekCount, ending, paper);
        if (coach) {
            printLanguage = new Select<>();
            printLanguage.setId("review-language");
            printLanguage.setLabel(getTranslation("ui.review.printLanguage"));
            printLanguage.setItems(Texts.LANGUAGES);
            printLanguage.setItemLabelGenerator(LanguageNames::ownName);
            printLanguage.setValue(Texts.supported(chosenLanguage));
            printLanguage.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    chosenLanguage = e.getValue();
                }
            });
            controls.add(printLanguage);
        }
        controls.add(download);
        if (mailing.maySend(lifterId)) {
            controls.add(new SendReviewButton(mailing, lifterId, endWeek, weeks, () -> chosenPaper));
        }
        controls.addClassName("review-controls");
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexLayout.Alignment.BASELINE);
        return controls;
    }

    /**
     * The PDF is made when it is downloaded, from what is stored then (a note saved a moment ago is
     * in it), on the paper chosen at that moment. The review service checks access again.
     */
    private DownloadHandler pdfDownload() {
        return event -> {
            ReviewPrinter.Printable printable = printer.prepare(lifterId, endWeek, weeks, chosenPaper, chosenLanguage);
            event.setFileName(printable.fileName());
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                printer.write(printable.sheet(), out);
            }
        };
    }

    private static Component section(String heading, Component content) {
        return new Div(new H3(heading), content);
    }
}
