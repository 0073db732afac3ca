package org.upright.planner.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the safety rules look at, as plain values the journal hands over. Order within the
 * lists does not matter; the rules sort by date. To assess a period (a 4–6 week review), pass only
 * that period's pain readings and adherence — but always every red-flag check and clearance, so an
 * old flag that was never cleared is not forgotten.
 */
public record SafetyHistory(
        List<RedFlagCheck> redFlagChecks,
        List<ProfessionalClearance> clearances,
        List<PainReading> painReadings,
        List<WeeklyAdherence> adherence) {

    public SafetyHistory {
        redFlagChecks = redFlagChecks == null ? List.of() : List.copyOf(redFlagChecks);
        clearances = clearances == null ? List.of() : List.copyOf(clearances);
        painReadings = painReadings == null ? List.of() : List.copyOf(painReadings);
        adherence = adherence == null ? List.of() : List.copyOf(adherence);
    }

    public static SafetyHistory empty() {
        return new SafetyHistory(List.of(), List.of(), List.of(), List.of());
    }

    public SafetyHistory withCheck(RedFlagCheck check) {
        return new SafetyHistory(plus(redFlagChecks, check), clearances, painReadings, adherence);
    }

    public SafetyHistory withClearance(ProfessionalClearance clearance) {
        return new SafetyHistory(redFlagChecks, plus(clearances, clearance), painReadings, adherence);
    }

    public SafetyHistory withReadings(List<PainReading> readings) {
        List<PainReading> all = new ArrayList<>(painReadings);
        all.addAll(readings);
        return new SafetyHistory(redFlagChecks, clearances, all, adherence);
    }

    public SafetyHistory withReading(PainReading reading) {
        return withReadings(List.of(reading));
    }

    public SafetyHistory withAdherence(WeeklyAdherence week) {
        return new SafetyHistory(redFlagChecks, clearances, painReadings, plus(adherence, week));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
