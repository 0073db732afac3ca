package org.upright.planner.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
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
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

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
                    new H2(getTranslation(DatabaseTrouble.PAGE_TITLE)),
                    new Paragraph(getTranslation(DatabaseTrouble.PAGE_TEXT)),
                    new Anchor(path, getTranslation("ui.error.tryAgain")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (causedBy(error, AccessDeniedException.class)) {
            add(new NotFoundView());
            return HttpServletResponse.SC_NOT_FOUND;
        }
        log.error("Page /{} could not be shown", path, error);
        add(
                new H2(getTranslation("ui.error.title")),
                new Paragraph(getTranslation("ui.error.text")),
                new Anchor("", getTranslation("ui.error.startPage")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.app.name");
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
