package org.upright.planner.ui.i18n;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.upright.planner.common.Labels;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/**
 * The domain's words ({@link Text}, enum labels) in the language of the person looking at the
 * screen. {@code getTranslation(key, args)} would not render a nested {@code Text} (a session kind
 * inside a finding), so views and their static helpers come here instead.
 */
public final class ReaderText {

    private ReaderText() {}

    public static String render(Text text) {
        return Texts.render(text, locale());
    }

    /** A key of a bundle with its values, for code that is not a component (no getTranslation). */
    public static String words(String key, Object... args) {
        return Texts.render(Text.of(key, args), locale());
    }

    public static String label(Enum<?> constant) {
        return Labels.render(constant, locale());
    }

    /** The current UI's language; English outside a UI (a background thread, a unit test). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }
}
