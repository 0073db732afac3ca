package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.Exercise;

/**
 * Test helper: random but valid weeks, profiles and targets from a seed, so that a failing
 * property names the seed that reproduces it. Sizes are chosen per call: {@code maxPerDay} and
 * {@code maxSessions} bound how crowded the week gets.
 */
final class RandomWeeks {

    private static final SessionKind[] KINDS = SessionKind.values();
    private static final BlockType[] BLOCKS = BlockType.values();
    private static final Equipment[] EQUIPMENT = Equipment.values();

    private final Random random;
    private final List<Exercise> exercises;
    private int ids;

    RandomWeeks(long seed) {
        this(seed, FixtureExercises.INSTANCE.all());
    }

    RandomWeeks(long seed, List<Exercise> exercises) {
        this.random = new Random(seed);
        this.exercises = exercises;
    }

    WeekPlan week(LocalDate start, int maxPerDay, int maxSessions, int maxPrescriptions) {
        List<PlanDay> days = new ArrayList<>();
        int sessions = 0;
        for (int d = 0; d < 7; d++) {
            if (random.nextInt(4) == 0) {
                continue; // leave some days out of the plan altogether
            }
            List<Session> list = new ArrayList<>();
            int count = random.nextInt(maxPerDay + 1);
            for (int i = 0; i < count && sessions < maxSessions; i++, sessions++) {
                list.add(session(maxPrescriptions));
            }
            days.add(new PlanDay(start.plusDays(d), list));
        }
        return new WeekPlan(start, days);
    }

    private Session session(int maxPrescriptions) {
        SessionKind kind = KINDS[random.nextInt(KINDS.length)];
        List<Block> blocks = new ArrayList<>();
        int left = random.nextInt(maxPrescriptions + 1);
        for (BlockType type : BLOCKS) {
            if (left == 0 || random.nextInt(3) == 0) {
                continue;
            }
            int n = 1 + random.nextInt(Math.min(left, 4));
            left -= n;
            List<Prescription> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Exercise e = exercises.get(random.nextInt(exercises.size()));
                ps.add(Prescription.of("r" + ++ids, e, dose(e)));
            }
            blocks.add(new Block(type, ps));
        }
        return new Session("rs" + ++ids, kind, "Session " + ids, blocks);
    }

    private Dose dose(Exercise e) {
        int sets = 1 + random.nextInt(5);
        return switch (e.doseType()) {
            case REPS -> Dose.reps(sets, 1 + random.nextInt(12), 12 + random.nextInt(4));
            case REPS_PER_SIDE -> Dose.repsPerSide(sets, 5, 5 + random.nextInt(8));
            case ROUNDS -> Dose.rounds(sets, 4, 4 + random.nextInt(10));
            case HOLD -> Dose.hold(sets, 10, 10 + random.nextInt(50), random.nextBoolean());
            case DURATION -> Dose.minutes(1 + random.nextInt(5), 6 + random.nextInt(25));
        };
    }

    LifterProfile profile() {
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (Equipment e : EQUIPMENT) {
            if (random.nextBoolean()) {
                equipment.add(e);
            }
        }
        return new LifterProfile(random.nextBoolean(), equipment);
    }

    Targets targets(LifterProfile profile) {
        Targets t = Targets.defaultsFor(profile);
        if (random.nextBoolean()) {
            return t;
        }
        int mobilityMin = random.nextInt(5);
        return new Targets(
                new double[] {0.8, 1.0, 1.1, 1.25, 1.5, 2.0}[random.nextInt(6)],
                mobilityMin,
                mobilityMin + random.nextInt(8 - mobilityMin),
                random.nextInt(6),
                random.nextInt(8),
                new double[] {0.1, 0.25, 0.5}[random.nextInt(3)],
                random.nextInt(8));
    }
}
