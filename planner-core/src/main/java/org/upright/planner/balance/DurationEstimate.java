package org.upright.planner.balance;

import java.time.Duration;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.MovementPattern;

/**
 * How long a prescription, a session or a day takes, as shown to the user and used by the routine
 * and mobility rules (domain §2).
 *
 * <ul>
 *   <li>Reps and rounds: 4 s per rep, twice that when done per side.
 *   <li>Holds: the seconds as written, twice when per side. Durations: as written.
 *   <li>Ranges use their <b>upper end</b>: a plan should fit the time it is given, so the estimate
 *       errs on the long side (3 × 8–12 counts as 3 × 12).
 *   <li>Rest between the sets of one prescription: 60 s between working sets of strength or
 *       conditioning work (main and accessory blocks), 15 s between all other sets — mobility and
 *       recovery drills wherever they stand, and anything in the warm-up or cool-down, which is
 *       done at an easy pace. No rest is added after the last set or between prescriptions.
 * </ul>
 */
public final class DurationEstimate {

    public static final int SECONDS_PER_REP = 4;
    public static final int WORKING_REST_SECONDS = 60;
    public static final int LIGHT_REST_SECONDS = 15;

    private DurationEstimate() {}

    /** Estimated seconds for {@code prescription} standing in a block of type {@code block}. */
    public static long seconds(Prescription prescription, BlockType block) {
        Dose dose = prescription.dose();
        int sides = dose.perSide() ? 2 : 1; // a per-side rep dose is always marked per side (Dose checks)
        long perSet = switch (dose.type()) {
            case REPS, REPS_PER_SIDE, ROUNDS -> (long) dose.high() * SECONDS_PER_REP * sides;
            case HOLD -> (long) dose.high() * sides;
            case DURATION -> dose.high();
        };
        long rest = restBetweenSets(prescription.exercise().primaryPattern(), block);
        return perSet * dose.sets() + rest * (dose.sets() - 1);
    }

    static long restBetweenSets(MovementPattern pattern, BlockType block) {
        boolean lightWork = pattern.group() == MovementPattern.Group.MOBILITY_AND_RECOVERY;
        return block.holdsWorkingSets() && !lightWork ? WORKING_REST_SECONDS : LIGHT_REST_SECONDS;
    }

    public static Duration of(Prescription prescription, BlockType block) {
        return Duration.ofSeconds(seconds(prescription, block));
    }

    public static long seconds(Session session) {
        long total = 0;
        for (Block block : session.blocks()) {
            for (Prescription p : block.prescriptions()) {
                total += seconds(p, block.type());
            }
        }
        return total;
    }

    public static Duration of(Session session) {
        return Duration.ofSeconds(seconds(session));
    }

    public static Duration of(PlanDay day) {
        return Duration.ofSeconds(
                day.sessions().stream().mapToLong(DurationEstimate::seconds).sum());
    }
}
