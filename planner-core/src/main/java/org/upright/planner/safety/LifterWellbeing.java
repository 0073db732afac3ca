package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A lifter's safety assessment with the journal figures a coach's roster shows beside it.
 *
 * @param adherence completed share of planned sessions over the assessed weeks (done sessions
 *     capped at the planned number each week); empty when nothing was planned
 * @param lastJournalEntry the latest day with a pain check-in or red-flag answer, if any
 */
public record LifterWellbeing(
        SafetyAssessment assessment, OptionalDouble adherence, Optional<LocalDate> lastJournalEntry) {

    static LifterWellbeing of(SafetyAssessment assessment, SafetyHistory history) {
        int planned = 0;
        int done = 0;
        for (WeeklyAdherence week : history.adherence()) {
            planned += week.planned();
            done += Math.min(week.completed(), week.planned());
        }
        Optional<LocalDate> last = java.util.stream.Stream.concat(
                        history.painReadings().stream().map(PainReading::date),
                        history.redFlagChecks().stream().map(RedFlagCheck::date))
                .max(LocalDate::compareTo);
        return new LifterWellbeing(
                assessment, planned == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) done / planned), last);
    }
}
