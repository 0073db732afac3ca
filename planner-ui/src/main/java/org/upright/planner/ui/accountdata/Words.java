package org.upright.planner.ui.accountdata;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/** The accountdata bundle's texts in the reader's language (ADR 0018: rendered at the edge). */
public final class Words {

    private Words() {}

    public static String of(String key, Object... args) {
        return Texts.render(Text.of(key, args), locale());
    }

    public static String of(Text text) {
        return Texts.render(text, locale());
    }

    /** A day as the reader writes dates (25 Nov 2026, 25.11.2026, …). */
    public static String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(day);
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
