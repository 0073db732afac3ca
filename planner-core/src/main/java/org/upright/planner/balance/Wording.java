package org.upright.planner.balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.upright.planner.common.Labels;
import org.upright.planner.common.Text;

/**
 * Small helpers that turn the rules' facts into {@link Text}s: words are picked by the edge in the
 * reader's language (domain bundle, {@code domain.balance.*}); nothing here renders, so the rules
 * stay cheap on the "Apply all" path.
 */
final class Wording {

    private Wording() {}

    /**
     * 12 → 12, 12.5 → 12.5, 0.8333 → 0.83, rounded half up to two places; a {@code {0,number}}
     * pattern then writes it with the reader's decimal sign.
     */
    static BigDecimal number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The weekday inside a sentence ("on Monday", "el lunes", "lundi"). */
    static Text day(LocalDate date) {
        return Labels.dayInSentence(date.getDayOfWeek());
    }

    /** "“Push” on Monday". */
    static Text session(Session session, LocalDate date) {
        return Text.of("domain.balance.session", session.title(), day(date));
    }

    /** Sentences one after the other (2 to 5). */
    static Text sentences(List<Text> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return new Text("domain.sentences." + parts.size(), List.copyOf(parts));
    }

    /** "a", "a and b", "a, b and c". */
    static Object and(List<?> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        if (items.size() == 2) {
            return Text.of("domain.list.2", items.get(0), items.get(1));
        }
        return Text.of("domain.list.more", items.getFirst(), and(items.subList(1, items.size())));
    }

    /** "a, b, c": parts of one line, separated by commas. */
    static Object commas(List<?> items) {
        Object text = items.getLast();
        for (int i = items.size() - 2; i >= 0; i--) {
            text = Text.of("domain.list.more", items.get(i), text);
        }
        return text;
    }
}
