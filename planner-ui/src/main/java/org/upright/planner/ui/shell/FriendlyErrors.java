package org.upright.planner.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upright.planner.common.Refusal;
import org.upright.planner.common.Texts;

/**
 * The last line of defence for errors no screen handled: the person gets a plain sentence (never a
 * stack trace) and the screen stays as it was, so nothing typed is lost; the details go to the log.
 * A database that cannot be reached gets its own sentence: try again in a minute. Pages that fail
 * to open are {@link ErrorView}'s.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
                    Throwable cause = rootCause(error.getThrowable());
                    // Downloads fail outside a screen (no UI): they are classified and logged the same
                    // way, so a refused download stays one line in the log (RefusedRequests), but
                    // there is no screen to tell.
                    UI ui = UI.getCurrent();
                    Function<UI, String> message;
                    if (cause instanceof AccessDeniedException) {
                        message = screen -> screen.getTranslation("ui.error.noAccess");
                    } else if (cause instanceof Refusal refused) {
                        // A refusal no screen caught (someone else's newer save, most often): its
                        // reason, in the language of the screen that asked.
                        message = screen -> Texts.render(refused.reason(), screen.getLocale());
                    } else if (DatabaseTrouble.isUnreachable(error.getThrowable())) {
                        // Expected while the database restarts; the pool gives up within seconds.
                        log.warn(
                                "An action failed: the database cannot be reached ({})",
                                DatabaseTrouble.summary(error.getThrowable()));
                        message = screen -> screen.getTranslation(DatabaseTrouble.NOT_SAVED);
                    } else {
                        log.error("Unhandled error in the UI", error.getThrowable());
                        message = screen -> screen.getTranslation("ui.error.notSaved");
                    }
                    if (ui != null) {
                        ui.access(() -> {
                            Notification note =
                                    Notification.show(message.apply(ui), 8000, Notification.Position.MIDDLE);
                            note.addThemeVariants(NotificationVariant.ERROR);
                        });
                    }
                }));
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
