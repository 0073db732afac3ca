package org.upright.planner.balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

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

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    static String day(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()];
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
}
