package org.upright.planner.balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.upright.planner.exercise.Dose;

/** Small helpers that turn numbers into the words findings and suggestions show. */
final class Wording {

    private Wording() {}

    /** 12 → "12", 12.5 → "12.5", 0.8333 → "0.83". */
    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String session(Session session, LocalDate date) {
        return "“" + session.title() + "” on " + day(date);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    static String dose(Dose dose) {
        String range = dose.low() == dose.high() ? "" + dose.low() : dose.low() + "–" + dose.high();
        String side = dose.perSide() ? " per side" : "";
        return switch (dose.type()) {
            case REPS, REPS_PER_SIDE -> dose.sets() + " × " + range + side;
            case ROUNDS -> dose.sets() + " × " + range + " rounds";
            case HOLD -> dose.sets() + " × " + range + " s" + side;
            case DURATION -> minutes(dose);
        };
    }

    private static String minutes(Dose dose) {
        if (dose.low() % 60 == 0 && dose.high() % 60 == 0) {
            int low = dose.low() / 60;
            int high = dose.high() / 60;
            return (low == high ? "" + low : low + "–" + high) + " min";
        }
        return (dose.low() == dose.high() ? "" + dose.low() : dose.low() + "–" + dose.high()) + " s";
    }
}
