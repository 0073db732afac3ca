package org.upright.planner.common;

import java.util.Locale;

/**
 * The one source of an enum's label: {@code domain.<enum>.<CONSTANT>} in the {@code domain}
 * bundle, so the screen, the PDF, the calendar and the e-mail all say "Back-care routine" the same
 * way in every language. The enum's key part is its simple name with a lower-case first letter; a
 * nested enum adds its own name to its owner's ({@code MovementPattern.Group} →
 * {@code domain.movementPatternGroup.CONDITIONING}).
 *
 * <p>Weekdays have a second form for the middle of a sentence ({@link #dayInSentence}): Spanish and
 * French write them in lower case there ("le lundi"), English and German do not.
 */
public final class Labels {

    private Labels() {}

    /** The constant's label, to render with {@link Texts} or to nest in another {@link Text}. */
    public static Text of(Enum<?> constant) {
        return Text.of(key(constant));
    }

    /** The label in the reader's language. */
    public static String render(Enum<?> constant, Locale locale) {
        return Texts.render(of(constant), locale);
    }

    /** A weekday as it reads inside a sentence ("on Monday", "el lunes", "le lundi"). */
    public static Text dayInSentence(java.time.DayOfWeek day) {
        return Text.of("domain.dayOfWeek.inSentence." + day.name());
    }

    /** {@code domain.sessionKind.STRENGTH}. */
    public static String key(Enum<?> constant) {
        return "domain." + keyPart(constant.getDeclaringClass()) + "." + constant.name();
    }

    private static String keyPart(Class<?> type) {
        Class<?> owner = type.getEnclosingClass();
        String name = owner == null ? type.getSimpleName() : owner.getSimpleName() + type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
