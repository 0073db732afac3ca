package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * Not improving (domain §5): after at least {@value #MIN_WEEKS} weeks of pain check-ins with
 * adherence of at least {@value #MIN_ADHERENCE_PERCENT} %, the weekly mean pain has not dropped
 * meaningfully (see {@link PainImprovement}) from the first week → recommend a physical therapist.
 *
 * <p>Where the spec is silent:
 *
 * <ul>
 *   <li>"Weeks of check-ins" are distinct ISO weeks with at least one pain reading; the comparison
 *       is the first such week against the most recent one.
 *   <li>Adherence is taken over the whole span from the first to the most recent check-in week:
 *       completed (capped at planned, per week) over planned, summed across the weeks. Without any
 *       planned sessions in the span there is no adherence to speak of and the rule stays quiet —
 *       the review's "consistency first" advice covers that case.
 *   <li>A lifter whose latest weekly mean is 0 is pain-free and is never referred for it.
 * </ul>
 */
public final class NotImprovingRule {

    public static final int MIN_WEEKS = 3;
    public static final int MIN_ADHERENCE_PERCENT = 60;

    private NotImprovingRule() {}

    public static boolean applies(List<WeeklyPain> weeks, List<WeeklyAdherence> adherence) {
        if (weeks.size() < MIN_WEEKS) {
            return false;
        }
        WeeklyPain first = weeks.getFirst();
        WeeklyPain latest = weeks.getLast();
        if (latest.all().total() == 0) {
            return false;
        }
        return adherenceMet(adherence, first.weekStart(), latest.weekStart())
                && !PainImprovement.isMeaningful(first.all(), latest.all());
    }

    /** Whether adherence from {@code from} to {@code to} (week starts, inclusive) reaches 60 %. */
    static boolean adherenceMet(List<WeeklyAdherence> adherence, LocalDate from, LocalDate to) {
        long planned = 0;
        long completed = 0;
        for (WeeklyAdherence week : adherence) {
            if (!week.weekStart().isBefore(from) && !week.weekStart().isAfter(to)) {
                planned += week.planned();
                completed += week.completedOfPlanned();
            }
        }
        return planned > 0 && 100 * completed >= MIN_ADHERENCE_PERCENT * planned;
    }
}
