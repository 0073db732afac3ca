package org.upright.planner.ui.i18n;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.upright.planner.account.ProfileService;
import org.upright.planner.common.Texts;

/**
 * Which language a screen speaks (issue 13). Before the first signed-in screen of a browser tab is
 * built, the person's stored language becomes the tab's; a person without one (the first visit)
 * keeps the browser's language — Vaadin has already matched it against the languages Upright is
 * written in — and it is stored as their setting. Sign-in and sign-up follow the browser.
 */
@Component
class ReadersLanguage implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ReadersLanguage.class);

    /** Set on a UI once its language has been settled, so later navigations skip the lookup. */
    private static final String SETTLED = "upright.language.settled";

    private final ProfileService profiles;
    private final AuthenticationContext authentication;

    ReadersLanguage(ProfileService profiles, AuthenticationContext authentication) {
        this.profiles = profiles;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // A UI-wide listener runs before the target view is built, so the view reads its words
            // in the right language from the start.
            ui.addBeforeEnterListener(enter -> settle(ui));
        });
    }

    private void settle(UI ui) {
        if (ComponentUtil.getData(ui, SETTLED) != null || !authentication.isAuthenticated()) {
            return;
        }
        try {
            Locale language = profiles.myLanguage().orElseGet(() -> profiles.changeMyLanguage(ui.getLocale()));
            if (!Texts.supported(ui.getLocale()).equals(language)) {
                ui.setLocale(language);
            }
            ComponentUtil.setData(ui, SETTLED, Boolean.TRUE);
        } catch (DataAccessException | TransactionException unreachable) {
            // The screen still opens in the browser's language; the next screen tries again.
            log.warn("The reader's language could not be read: {}", unreachable.getMessage());
        }
    }
}
