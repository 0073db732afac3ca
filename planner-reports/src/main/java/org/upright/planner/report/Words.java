package org.upright.planner.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.upright.planner.common.Quantities;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/**
 * How the review writes words, numbers, dates, weeks and ratios in the reader's language: short and
 * the same everywhere — the PDF, the routine card and the review screen all write through here, so
 * they cannot drift apart. Words come from the {@code reports} bundle (ADR 0018); numbers and dates
 * follow the reader's locale (a decimal comma in German, "80 %" in French).
 */
public final class Words {

    /** Printed where a week has no value; never a zero that did not happen. */
    public static final String NONE = "\u2013";

    static final String EN_DASH = "\u2013";
    static final String ARROW = "\u2192";

    private Words() {}

    /** The {@code reports} bundle's text for {@code key} in the reader's language. */
    public static String text(Locale locale, String key, Object... args) {
        return Texts.render(Text.of(key, args), locale);
    }

    /** For example "30 Mar 2026", "30. März 2026", "30 mars 2026". */
    public static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(text(locale, "reports.format.day"), language(locale))
                .format(date);
    }

    /** For example "30 Mar", "30. März". */
    public static String dayMonth(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(text(locale, "reports.format.dayMonth"), language(locale))
                .format(date);
    }

    /** A day with its weekday, for example "Mon 30 Mar", "Mo., 30. Nov.", "lun. 30 mars". */
    public static String weekday(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(text(locale, "reports.format.weekday"), language(locale))
                .format(date);
    }

    /** A week as a reader of this language writes it: "2026-W14", "KW 14/2026", "S14 2026". */
    public static String week(IsoWeek week, Locale locale) {
        return text(locale, "reports.week.full", twoDigits(week.week()), Integer.toString(week.weekBasedYear()));
    }

    /** The short week label of charts and tables: "W14", "KW 14", "S14". */
    public static String weekShort(IsoWeek week, Locale locale) {
        return text(locale, "reports.week.short", twoDigits(week.week()));
    }

    /** The period's weeks, for example "2026-W14 to 2026-W19". */
    public static String weeks(ReviewPeriod period, Locale locale) {
        return weeks(period.first(), period.last(), locale);
    }

    /** From one week to another, for example "2026-W14 to 2026-W19". */
    public static String weeks(IsoWeek first, IsoWeek last, Locale locale) {
        return text(locale, "reports.period.weeks", week(first, locale), week(last, locale));
    }

    /** For example "2026-W14 to 2026-W19 (30 Mar 2026 – 10 May 2026)". */
    public static String period(ReviewPeriod period, Locale locale) {
        return text(
                locale,
                "reports.period.full",
                weeks(period, locale),
                day(period.firstDay(), locale),
                day(period.lastDay(), locale));
    }

    /** At most one decimal: 2, 2.5 (2,5 in German), as {@link Quantities} writes every number. */
    public static String number(double value, Locale locale) {
        return Quantities.number(value, 1, locale);
    }

    public static String number(Double value, Locale locale) {
        return value == null ? NONE : number(value.doubleValue(), locale);
    }

    /** 80 → "80%" in English, "80 %" in German, Spanish and French. */
    public static String percent(Integer value, Locale locale) {
        return value == null ? NONE : Quantities.percentPoints(value, locale);
    }

    public static String count(Integer value) {
        return value == null ? NONE : value.toString();
    }

    /** A ratio with at most two decimals, or {@link #NONE}. */
    public static String ratio(Double value, Locale locale) {
        return value == null ? NONE : twoPlaces(value, locale);
    }

    /** "5 → 3" over the period, the one value when only one week has it, or {@link #NONE}. */
    public static String trend(Trend trend, boolean twoPlaces, Locale locale) {
        if (!trend.hasData()) {
            return NONE;
        }
        String first = twoPlaces ? twoPlaces(trend.first(), locale) : number(trend.first(), locale);
        String last = twoPlaces ? twoPlaces(trend.last(), locale) : number(trend.last(), locale);
        return trend.hasChange() ? first + " " + ARROW + " " + last : last;
    }

    public static String twoPlaces(double value, Locale locale) {
        return new DecimalFormat("0.0#", symbols(locale)).format(value);
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale);
    }

    private static Locale language(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
