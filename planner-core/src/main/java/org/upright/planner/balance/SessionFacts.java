package org.upright.planner.balance;

import java.time.LocalDate;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.MovementPattern;

/**
 * What the rules need to know about one session, worked out once per evaluation so that no rule
 * walks the prescriptions again.
 *
 * <p>Choices where the spec is silent:
 *
 * <ul>
 *   <li>An exercise "has" a pattern when the pattern is its primary or one of its secondary
 *       patterns. So a session is an upper-body session if any working set has an upper-body
 *       pattern at all, and a drill whose secondary pattern is thoracic mobility counts as a
 *       thoracic warm-up.
 *   <li>A set counts at most once toward a family of patterns: an incline press with primary
 *       horizontal push and secondary vertical push is one push set, not one and a half. So push,
 *       pull and "rows or scapular work" take the largest weight of the exercise within the family;
 *       the per-pattern totals (e.g. horizontal push) are plain weighted sums.
 *   <li>Mobility minutes (§3.3) come from prescriptions whose <em>primary</em> pattern is
 *       mobility work: time cannot be split between patterns the way sets can.
 * </ul>
 */
record SessionFacts(
        LocalDate date,
        Session session,
        double[] weightedSets,
        double pushSets,
        double pullSets,
        double rowingAndScapularSets,
        int workingSets,
        int strengthSets,
        boolean upperBodyWork,
        boolean thoracicBeforeUpperBody,
        boolean scapularActivationInWarmUp,
        long mobilitySecondsOutsideWarmUp,
        long seconds,
        boolean breathing) {

    private static final int PATTERN_COUNT = MovementPattern.values().length;

    static SessionFacts of(LocalDate date, Session session) {
        double[] weighted = new double[PATTERN_COUNT];
        double push = 0;
        double pull = 0;
        double rowing = 0;
        int workingSets = 0;
        int strengthSets = 0;
        boolean upperBodyWork = false;
        boolean thoracicSeen = false;
        boolean thoracicBeforeUpper = false;
        boolean scapularInWarmUp = false;
        long mobilitySeconds = 0;
        long seconds = 0;
        boolean breathing = false;
        for (Block block : session.blocks()) {
            BlockType type = block.type();
            for (Prescription p : block.prescriptions()) {
                Exercise exercise = p.exercise();
                long s = DurationEstimate.seconds(p, type);
                seconds += s;
                if (type != BlockType.WARM_UP && exercise.primaryPattern().countsAsMobilityWork()) {
                    mobilitySeconds += s;
                }
                if (has(exercise, MovementPattern.BREATHING)) {
                    breathing = true;
                }
                if (type == BlockType.WARM_UP && has(exercise, MovementPattern.SCAPULAR_STABILITY)) {
                    scapularInWarmUp = true;
                }
                if (type.holdsWorkingSets()) {
                    int sets = p.dose().sets();
                    workingSets += sets;
                    if (countsAsStrength(exercise)) {
                        strengthSets += sets;
                    }
                    push += pushWeight(exercise) * sets;
                    pull += pullWeight(exercise) * sets;
                    rowing += rowingWeight(exercise) * sets;
                    MovementPattern primary = exercise.primaryPattern();
                    weighted[primary.ordinal()] += Exercise.PRIMARY_WEIGHT * sets;
                    boolean upper = primary.isUpperBodyStrength();
                    for (MovementPattern secondary : exercise.secondaryPatterns()) {
                        weighted[secondary.ordinal()] += Exercise.SECONDARY_WEIGHT * sets;
                        upper |= secondary.isUpperBodyStrength();
                    }
                    if (upper && !upperBodyWork) {
                        upperBodyWork = true;
                        thoracicBeforeUpper = thoracicSeen;
                    }
                }
                // checked after the working-set test: the thoracic drill must come *before*
                if (has(exercise, MovementPattern.THORACIC_MOBILITY)) {
                    thoracicSeen = true;
                }
            }
        }
        return new SessionFacts(
                date,
                session,
                weighted,
                push,
                pull,
                rowing,
                workingSets,
                strengthSets,
                upperBodyWork,
                thoracicBeforeUpper,
                scapularInWarmUp,
                mobilitySeconds,
                seconds,
                breathing);
    }

    /**
     * Whether sets of {@code exercise} are strength sets (§3.6): its primary pattern is upper-body
     * strength, lower body and trunk, or conditioning. Mobility and recovery work (stretching,
     * breathing, heat) never is — fifteen minutes of stretching is not "too much too soon".
     */
    static boolean countsAsStrength(Exercise exercise) {
        return exercise.primaryPattern().group() != MovementPattern.Group.MOBILITY_AND_RECOVERY;
    }

    private static boolean has(Exercise exercise, MovementPattern pattern) {
        return exercise.weightFor(pattern) > 0;
    }

    double sets(MovementPattern pattern) {
        return weightedSets[pattern.ordinal()];
    }

    /** What one set of {@code exercise} counts toward push (0, 0.5 or 1). */
    static double pushWeight(Exercise exercise) {
        return Math.max(
                exercise.weightFor(MovementPattern.HORIZONTAL_PUSH), exercise.weightFor(MovementPattern.VERTICAL_PUSH));
    }

    /** What one set of {@code exercise} counts toward pull (0, 0.5 or 1). */
    static double pullWeight(Exercise exercise) {
        return Math.max(
                Math.max(
                        exercise.weightFor(MovementPattern.HORIZONTAL_PULL),
                        exercise.weightFor(MovementPattern.VERTICAL_PULL)),
                exercise.weightFor(MovementPattern.SCAPULAR_STABILITY));
    }

    /**
     * What one set counts toward rows and scapular work ({@code HORIZONTAL_PULL} or
     * {@code SCAPULAR_STABILITY}): the top of r_h and the measure of §3.4.
     */
    static double rowingWeight(Exercise exercise) {
        return Math.max(
                exercise.weightFor(MovementPattern.HORIZONTAL_PULL),
                exercise.weightFor(MovementPattern.SCAPULAR_STABILITY));
    }

    boolean isMobilitySession() {
        SessionKind kind = session.kind();
        return kind == SessionKind.MOBILITY
                || kind == SessionKind.BACK_CARE_ROUTINE
                || mobilitySecondsOutsideWarmUp >= MobilityFrequencyRule.MOBILITY_SESSION_SECONDS;
    }

    boolean isQualifyingRoutine() {
        return session.kind() == SessionKind.BACK_CARE_ROUTINE
                && seconds >= RoutineFrequencyRule.MIN_ROUTINE_SECONDS
                && seconds <= RoutineFrequencyRule.MAX_ROUTINE_SECONDS;
    }
}
