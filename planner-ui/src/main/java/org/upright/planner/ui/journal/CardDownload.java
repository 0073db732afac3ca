package org.upright.planner.ui.journal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.upright.planner.common.Texts;
import org.upright.planner.journal.BackCareRoutine;
import org.upright.planner.journal.JournalService;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.RoutineCardPdf;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.SafetyService;

/**
 * The "print your card" link: the back-care routine with a 14-day pain grid as a one-page PDF,
 * built when clicked from the routine as planned then (access-checked again by the service).
 */
final class CardDownload {

    static final String MEDIA_TYPE = "application/pdf";

    private CardDownload() {}

    static Anchor link(
            JournalService journal,
            SafetyService safety,
            long lifterId,
            String lifterName,
            Supplier<LocalDate> today,
            Locale locale) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    RoutineCardPdf.RoutineCard card = card(journal.routine(lifterId), lifterName, today.get(), locale);
                    // Paused means paused (domain §5): asked when clicked, so a flag ticked since
                    // the page opened counts.
                    byte[] pdf =
                            new RoutineCardPdf().render(safety.planPaused(lifterId) ? card.paused() : card, locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), "upright-back-care-card.pdf", MEDIA_TYPE, pdf.length);
                }),
                AttachmentType.DOWNLOAD,
                "Print your back-care card (PDF)");
        link.setId("routine-card");
        link.getElement()
                .setAttribute("title", "Your routine and a 14-day pain log to fill in, on one page for the fridge");
        return link;
    }

    static RoutineCardPdf.RoutineCard card(
            BackCareRoutine routine, String lifterName, LocalDate firstDay, Locale locale) {
        return new RoutineCardPdf.RoutineCard(
                lifterName,
                routine.title(),
                routine.lines().stream()
                        .map(l -> new RoutineCardPdf.Line(l.exercise(), l.dose(), l.note()))
                        .toList(),
                firstDay,
                RedFlagLabels.all(locale),
                Texts.render(Disclaimer.TEXT, locale),
                PaperSize.defaultFor(locale));
    }
}
