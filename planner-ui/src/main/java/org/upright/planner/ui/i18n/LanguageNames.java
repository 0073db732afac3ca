package org.upright.planner.ui.i18n;

import java.util.Locale;

/**
 * Languages in their own words ("Deutsch", "Español", "Français"), wherever a person picks one:
 * someone who cannot read the current screen still finds their own.
 */
public final class LanguageNames {

    private LanguageNames() {}

    /** The language's own name, capitalised as it starts a list item. */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
