package org.upright.planner.ui.review;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.upright.planner.report.PaperSize;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * Which paper a review prints on. There is no stored paper setting: the first guess comes from the
 * browser's language and region (US Letter in the Americas that use it, A4 elsewhere, see {@link
 * PaperSize#defaultFor}); a choice made on the review screen or in the bulk download is remembered
 * for the rest of the sign-in.
 */
final class PaperChoice {

    private static final String ATTRIBUTE = PaperChoice.class.getName();

    private PaperChoice() {}

    static PaperSize current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof PaperSize chosen) {
            return chosen;
        }
        return PaperSize.defaultFor(browserLocale());
    }

    static void remember(PaperSize paper) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && paper != null) {
            session.setAttribute(ATTRIBUTE, paper);
        }
    }

    /** The Accept-Language of the request being served; Vaadin's UI locale is not the browser's. */
    private static Locale browserLocale() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getLocale() != null) {
            return request.getLocale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Locale.getDefault() : session.getLocale();
    }

    static String label(PaperSize paper) {
        return ReaderText.words("ui.review.paper." + paper.name());
    }
}
