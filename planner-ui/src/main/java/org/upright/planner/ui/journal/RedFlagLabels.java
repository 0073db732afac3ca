package org.upright.planner.ui.journal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.upright.planner.common.Texts;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.ui.i18n.ReaderText;

/** The warning signs in a few words, for the printed card where the full questions do not fit. */
final class RedFlagLabels {

    private RedFlagLabels() {}

    static String shortLabel(RedFlag flag) {
        return ReaderText.render(flag.shortLabel());
    }

    /** Every flag's short label in {@code locale} (the printed card's language). */
    static List<String> all(Locale locale) {
        return Arrays.stream(RedFlag.values())
                .map(flag -> Texts.render(flag.shortLabel(), locale))
                .toList();
    }
}
