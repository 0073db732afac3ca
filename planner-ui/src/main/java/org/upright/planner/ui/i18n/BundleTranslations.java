package org.upright.planner.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/**
 * Vaadin's {@code getTranslation(key, args…)} in every view, over the one renderer the PDFs, the
 * calendar and the e-mails use too (ADR 0018), so a label reads the same on screen and on paper.
 * Vaadin also matches the browser's languages against {@link #getProvidedLocales()} to pick a
 * first-visit UI locale.
 */
@Component
public class BundleTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Texts.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        // A key without a bundle prefix cannot be a Text; show it as it is, like a missing key.
        if (key == null || key.indexOf('.') < 1) {
            return String.valueOf(key);
        }
        return Texts.render(Text.of(key, params), locale);
    }
}
