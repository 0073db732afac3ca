package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: readable weeks and readings. Week 0 starts on Monday 1 September 2025. */
final class Journal {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 9, 1);

    private Journal() {}

    static LocalDate week(int n) {
        return FIRST_MONDAY.plusWeeks(n);
    }

    /** One reading per score in week {@code n}, alternating before/after, spread over the week. */
    static List<PainReading> readings(int n, int... scores) {
        List<PainReading> readings = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            LocalDate day = week(n).plusDays(i % 7);
            readings.add(i % 2 == 0 ? PainReading.before(day, scores[i]) : PainReading.after(day, scores[i]));
        }
        return readings;
    }

    static WeeklyAdherence adherence(int n, int planned, int completed) {
        return new WeeklyAdherence(week(n), planned, completed);
    }

    /** Weeks 0..count-1 each with the given adherence. */
    static SafetyHistory steadyAdherence(SafetyHistory history, int weeks, int planned, int completed) {
        SafetyHistory result = history;
        for (int n = 0; n < weeks; n++) {
            result = result.withAdherence(adherence(n, planned, completed));
        }
        return result;
    }
}
