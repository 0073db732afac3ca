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
 *   <li>Mobility minutes (§3.3) come from prescriptions whose <em>primary</em> pattern is
 *       mobility work: time cannot be split between patterns the way sets can.
 * </ul>
 */
record SessionFacts(
        LocalDate date,
        Session session,
        double[] weightedSets,
        int workingSets,
        boolean upperBodyWork,
        boolean thoracicBeforeUpperBody,
        boolean scapularActivationInWarmUp,
        long mobilitySecondsOutsideWarmUp,
        long seconds,
        boolean breathing) {

    private static final MovementPattern[] PATTERNS = MovementPattern.values();

    static SessionFacts of(LocalDate date, Session session) {
        double[] weighted = new double[PATTERNS.length];
        int workingSets = 0;
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
                    boolean upper = false;
                    for (MovementPattern pattern : PATTERNS) {
                        double w = exercise.weightFor(pattern);
                        if (w > 0) {
                            weighted[pattern.ordinal()] += w * sets;
                            upper |= pattern.isUpperBodyStrength();
                        }
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
                workingSets,
                upperBodyWork,
                thoracicBeforeUpper,
                scapularInWarmUp,
                mobilitySeconds,
                seconds,
                breathing);
    }

    private static boolean has(Exercise exercise, MovementPattern pattern) {
        return exercise.weightFor(pattern) > 0;
    }

    double sets(MovementPattern pattern) {
        return weightedSets[pattern.ordinal()];
    }

    double pushSets() {
        return sets(MovementPattern.HORIZONTAL_PUSH) + sets(MovementPattern.VERTICAL_PUSH);
    }

    double pullSets() {
        return sets(MovementPattern.HORIZONTAL_PULL)
                + sets(MovementPattern.VERTICAL_PULL)
                + sets(MovementPattern.SCAPULAR_STABILITY);
    }

    /** Rows plus scapular work: what counts for §3.4 and the top of the horizontal ratio. */
    double rowingAndScapularSets() {
        return sets(MovementPattern.HORIZONTAL_PULL) + sets(MovementPattern.SCAPULAR_STABILITY);
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
