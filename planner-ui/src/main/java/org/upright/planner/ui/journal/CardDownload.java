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
                pdf(journal, safety, lifterId, lifterName, today, locale),
                AttachmentType.DOWNLOAD,
                Texts.render(locale, "journal.card.link"));
        link.setId("routine-card");
        link.getElement().setAttribute("title", Texts.render(locale, "journal.card.linkTitle"));
        return link;
    }

    private static DownloadHandler pdf(
            JournalService journal,
            SafetyService safety,
            long lifterId,
            String lifterName,
            Supplier<LocalDate> today,
            Locale locale) {
        return DownloadHandler.fromInputStream(event -> {
            RoutineCardPdf.RoutineCard card = card(journal.routine(lifterId), lifterName, today.get(), locale);
            // Paused means paused (domain §5): asked when clicked, so a flag ticked since the page
            // opened counts.
            byte[] pdf = new RoutineCardPdf().render(safety.planPaused(lifterId) ? card.paused() : card, locale);
            String fileName = Texts.render(locale, "journal.card.fileName") + ".pdf";
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, MEDIA_TYPE, pdf.length);
        });
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
