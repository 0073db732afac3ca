package org.upright.planner.common;

import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * The one place a {@link Text} becomes words in a language. Views (through Vaadin's
 * {@code I18NProvider}), PDFs, the calendar and e-mails all render through here, so a label reads
 * the same everywhere.
 *
 * <p>Bundles are plain {@code i18n/<bundle>[_<lang>].properties} files on the classpath, read as
 * UTF-8; the file without a language suffix is English. Every pattern goes through
 * {@link MessageFormat}, which is why the bundles write the typographic apostrophe (’) and never the
 * straight one: a straight apostrophe would quote the rest of the pattern away. A test checks this.
 *
 * <p>JDK only and stateless apart from the JDK's own bundle cache, so the pure domain may use it.
 */
public final class Texts {

    /** The languages Upright is written in; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.of("es"), Locale.FRENCH);

    // No fallback to the JVM's default locale: a server started with LANG=de_DE must still show
    // English to an English reader. A missing language falls back to the base (English) file.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private static final System.Logger LOG = System.getLogger(Texts.class.getName());

    private Texts() {}

    /** The text in the reader's language. A key no bundle holds shows as the key, and is logged. */
    public static String render(Text text, Locale locale) {
        Locale language = supported(locale);
        String pattern = pattern(text.key(), language);
        if (text.args().isEmpty() && pattern.indexOf('{') < 0) {
            return pattern;
        }
        Object[] args = text.args().stream()
                .map(arg -> arg instanceof Text nested ? render(nested, language) : arg)
                .toArray();
        MessageFormat format = new MessageFormat(pattern, formattingLocale(locale, language));
        datesAsDays(format, args);
        return format.format(args);
    }

    /**
     * A {@link LocalDate} handed to {@code {n,date,…}} is formatted as that day for the reader's
     * locale: MessageFormat only knows {@link Date}, so the day becomes midnight UTC and the date
     * format reads it in UTC (never the server's zone, which could shift it to the day before).
     * Without a date format the day reads as ISO ({@code 2026-11-30}).
     */
    private static void datesAsDays(MessageFormat format, Object[] args) {
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < args.length && i < formats.length; i++) {
            if (args[i] instanceof LocalDate day && formats[i] instanceof DateFormat dates) {
                dates.setTimeZone(UTC);
                format.setFormatByArgumentIndex(i, dates);
                args[i] = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
    }

    public static String render(Locale locale, String key, Object... args) {
        return render(Text.of(key, args), locale);
    }

    /** Whether some bundle holds this key (in English, which every key must have). */
    public static boolean exists(String key) {
        return lookup(key, Locale.ENGLISH) != null;
    }

    /** The closest language Upright is written in: same language, else English. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return LANGUAGES.getFirst();
        }
        return LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(LANGUAGES.getFirst());
    }

    private static String pattern(String key, Locale language) {
        String pattern = lookup(key, language);
        if (pattern == null) {
            LOG.log(System.Logger.Level.WARNING, "No text for key {0} ({1})", key, language);
            return key;
        }
        return pattern;
    }

    private static String lookup(String key, Locale language) {
        int dot = key.indexOf('.');
        if (dot < 1) {
            return null;
        }
        try {
            return ResourceBundle.getBundle("i18n/" + key.substring(0, dot), language, CONTROL)
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    // Numbers and dates follow the reader's full locale (de_CH, en_US) even when the words come
    // from the language's one bundle.
    private static Locale formattingLocale(Locale requested, Locale language) {
        return requested != null && requested.getLanguage().equals(language.getLanguage()) ? requested : language;
    }
}
