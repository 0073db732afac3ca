package org.upright.planner.common;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The one place numbers and amounts become text for a reader: decimals with the reader's decimal
 * sign ("12.5" / "12,5"), percentages with or without the space the language puts before "%"
 * ("80%" / "80 %"), loads in kilograms or pounds with the exact conversion, ranges of whole numbers
 * ("2–3"), and counts of sets in words. Views, PDFs, the calendar and the domain's own
 * {@link Text}s all come here, so a number reads the same everywhere.
 *
 * <p>JDK only, like {@link Texts}: the pure rules may use it.
 */
public final class Quantities {

    /** The international avoirdupois pound, exactly (1959). */
    public static final double KILOGRAMS_PER_POUND = 0.45359237;

    private static final String EN_DASH = "\u2013";

    private Quantities() {}

    /** "2–3", or "3" when {@code min == max}; never "3–3". The same in every language we write. */
    public static String range(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("a range runs from its smaller end: " + min + " > " + max);
        }
        return min == max ? Integer.toString(min) : min + EN_DASH + max;
    }

    /** At most two decimals, half up, trailing zeros dropped: 12 → "12", 12.5 → "12,5" in German. */
    public static String number(double value, Locale locale) {
        return number(value, 2, locale);
    }

    /** At most {@code decimals} decimals, half up, trailing zeros dropped. */
    public static String number(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(formatting(locale));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        // through the decimal's own digits, so 0.125 rounds to 0.13 and not to the double below it
        return plainSpaces(format.format(new java.math.BigDecimal(Double.toString(value))));
    }

    /** A share (0.8) as a whole percentage: "80%" in English, "80 %" in German, Spanish and French. */
    public static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(formatting(locale));
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return plainSpaces(format.format(new java.math.BigDecimal(Double.toString(share))));
    }

    /** A whole percentage (80) as the reader writes it: "80%" / "80 %". */
    public static String percentPoints(long percent, Locale locale) {
        return percent(percent / 100.0, locale);
    }

    /** A load stored in kilograms, in kilograms: "62.5 kg" / "62,5 kg" (at most one decimal). */
    public static String kilograms(double kilograms, Locale locale) {
        return number(kilograms, 1, locale) + " kg";
    }

    /** A load stored in kilograms, in pounds with the exact conversion: "137.8 lb". */
    public static String pounds(double kilograms, Locale locale) {
        return number(kilograms / KILOGRAMS_PER_POUND, 1, locale) + " lb";
    }

    /** "1 set", "3 sets", "3 Sätze", "3 séries": the count with its word, to render or nest. */
    public static Text sets(int count) {
        return Text.of("domain.quantity.sets", count);
    }

    /** "1 minute", "16 minutes". */
    public static Text minutes(long count) {
        return Text.of("domain.quantity.minutes", count);
    }

    // French puts a narrow no-break space (U+202F) before "%" and between thousands; the PDFs'
    // standard fonts have no glyph for it and would drop it, so it becomes the ordinary no-break space.
    private static String plainSpaces(String text) {
        return text.replace('\u202f', '\u00a0');
    }

    private static Locale formatting(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale;
    }
}
