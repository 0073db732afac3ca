package org.upright.planner.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown instead of a page that failed to open, in place of Vaadin's own error page, which prints
 * the exception ("…ConnectException: Connection refused"). People get a plain sentence and a way
 * on; the details go to the log. A page of someone else's reads like a page that does not exist
 * (see {@link NotFoundView}).
 */
@PageTitle("Upright")
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("upright-page");
        setId("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        String path = event.getLocation().getPathWithQueryParameters();
        removeAll();
        if (DatabaseTrouble.isUnreachable(error)) {
            log.warn("Page /{} not shown: the database cannot be reached ({})", path, DatabaseTrouble.summary(error));
            add(
                    new H2(DatabaseTrouble.PAGE_TITLE),
                    new Paragraph(DatabaseTrouble.PAGE_TEXT),
                    new Anchor(path, "Try again"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (causedBy(error, AccessDeniedException.class)) {
            add(new NotFoundView());
            return HttpServletResponse.SC_NOT_FOUND;
        }
        log.error("Page /{} could not be shown", path, error);
        add(
                new H2("Something went wrong on our side"),
                new Paragraph("This page could not be shown. Nothing you saved is lost; please try again, or go"
                        + " back to your start page."),
                new Anchor("", "Go to your start page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
