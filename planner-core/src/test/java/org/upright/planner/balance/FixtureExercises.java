package org.upright.planner.balance;

import static org.upright.planner.exercise.MovementPattern.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.ExerciseLookup;
import org.upright.planner.exercise.MovementPattern;

/**
 * TEST FIXTURE: a small exercise lookup with every slug the rules name, shaped the way a catalogue
 * would shape them (one deliberate secondary pattern here and there for fractional sets). Not the
 * built-in catalogue; rule tests use it so their numbers do not move when the catalogue's doses do.
 */
final class FixtureExercises implements ExerciseLookup {

    static final FixtureExercises INSTANCE = new FixtureExercises();

    private final Map<String, Exercise> bySlug = new LinkedHashMap<>();

    private FixtureExercises() {
        add(CatalogSlugs.THORACIC_ROTATION, THORACIC_MOBILITY, Set.of(), Dose.repsPerSide(1, 10, 10), true);
        add(CatalogSlugs.CAT_COW, GENERAL_MOBILITY, Set.of(THORACIC_MOBILITY), Dose.rounds(1, 8, 12), false);
        add(CatalogSlugs.DOORWAY_PEC_STRETCH, STRETCH, Set.of(), Dose.hold(2, 20, 30, true), true, Equipment.DOORWAY);
        add(CatalogSlugs.CHILDS_POSE_WITH_REACH, STRETCH, Set.of(), Dose.hold(2, 20, 30, true), true, Equipment.MAT);
        add(CatalogSlugs.SCAPULAR_SQUEEZE, SCAPULAR_STABILITY, Set.of(), Dose.reps(3, 10, 15), false);
        add(CatalogSlugs.BAND_ROW, HORIZONTAL_PULL, Set.of(), Dose.reps(3, 8, 12), false, Equipment.RESISTANCE_BAND);
        add(CatalogSlugs.PRONE_Y_RAISE, SCAPULAR_STABILITY, Set.of(), Dose.reps(2, 8, 12), false);
        add(CatalogSlugs.PRONE_T_RAISE, SCAPULAR_STABILITY, Set.of(), Dose.reps(2, 8, 12), false);
        add(CatalogSlugs.BALL_SELF_MASSAGE, SOFT_TISSUE, Set.of(), Dose.hold(3, 20, 30, false), false, Equipment.BALL);
        add(CatalogSlugs.FOAM_ROLLER, SOFT_TISSUE, Set.of(), Dose.minutes(1, 2), false, Equipment.FOAM_ROLLER);
        add(CatalogSlugs.MASSAGE_GUN, SOFT_TISSUE, Set.of(), Dose.hold(2, 30, 60, false), false, Equipment.MASSAGE_GUN);
        add(CatalogSlugs.DIAPHRAGMATIC_BREATHING, BREATHING, Set.of(), Dose.minutes(5, 5), false);
        add(CatalogSlugs.SHOULDER_CIRCLES, GENERAL_MOBILITY, Set.of(), Dose.minutes(1, 1), false);
        add(CatalogSlugs.NECK_ROLLS, GENERAL_MOBILITY, Set.of(), Dose.minutes(1, 1), false);
        add(CatalogSlugs.HEAT_PACK, THERMAL, Set.of(), Dose.minutes(15, 20), false, Equipment.HEAT_COLD_PACK);
        add(CatalogSlugs.COLD_PACK, THERMAL, Set.of(), Dose.minutes(10, 15), false, Equipment.HEAT_COLD_PACK);
        add(CatalogSlugs.WALKING_BREAK, CONDITIONING, Set.of(), Dose.minutes(1, 5), false);

        add(CatalogSlugs.BENCH_PRESS, HORIZONTAL_PUSH, Set.of(), Dose.reps(3, 6, 10), false, Equipment.BARBELL);
        add(
                CatalogSlugs.INCLINE_PRESS,
                HORIZONTAL_PUSH,
                Set.of(VERTICAL_PUSH),
                Dose.reps(3, 8, 12),
                false,
                Equipment.DUMBBELL);
        add(CatalogSlugs.PUSH_UP, HORIZONTAL_PUSH, Set.of(CORE), Dose.reps(3, 8, 15), false);
        add(CatalogSlugs.DIPS, VERTICAL_PUSH, Set.of(), Dose.reps(3, 6, 12), false);
        add(CatalogSlugs.OVERHEAD_PRESS, VERTICAL_PUSH, Set.of(), Dose.reps(3, 5, 8), false, Equipment.BARBELL);
        add(CatalogSlugs.BARBELL_ROW, HORIZONTAL_PULL, Set.of(HINGE), Dose.reps(3, 6, 10), false, Equipment.BARBELL);
        add(CatalogSlugs.DUMBBELL_ROW, HORIZONTAL_PULL, Set.of(), Dose.repsPerSide(3, 8, 12), true, Equipment.DUMBBELL);
        add(CatalogSlugs.SEATED_CABLE_ROW, HORIZONTAL_PULL, Set.of(), Dose.reps(3, 8, 12), false, Equipment.CABLE);
        add(
                CatalogSlugs.FACE_PULL,
                SCAPULAR_STABILITY,
                Set.of(HORIZONTAL_PULL),
                Dose.reps(3, 12, 15),
                false,
                Equipment.CABLE);
        add(
                CatalogSlugs.BAND_PULL_APART,
                SCAPULAR_STABILITY,
                Set.of(),
                Dose.reps(2, 12, 15),
                false,
                Equipment.RESISTANCE_BAND);
        add(CatalogSlugs.PULL_UP, VERTICAL_PULL, Set.of(), Dose.reps(3, 5, 8), false, Equipment.PULL_UP_BAR);
        add(CatalogSlugs.CHIN_UP, VERTICAL_PULL, Set.of(), Dose.reps(3, 5, 8), false, Equipment.PULL_UP_BAR);
        add(CatalogSlugs.LAT_PULLDOWN, VERTICAL_PULL, Set.of(), Dose.reps(3, 8, 12), false, Equipment.CABLE);
        add(CatalogSlugs.SQUAT, SQUAT, Set.of(), Dose.reps(3, 5, 8), false, Equipment.BARBELL);
        add(CatalogSlugs.DEADLIFT, HINGE, Set.of(), Dose.reps(3, 3, 5), false, Equipment.BARBELL);
        add(CatalogSlugs.ROMANIAN_DEADLIFT, HINGE, Set.of(), Dose.reps(3, 8, 10), false, Equipment.BARBELL);
        add(CatalogSlugs.LUNGE, LUNGE, Set.of(), Dose.repsPerSide(3, 8, 10), true);
        add(CatalogSlugs.PLANK, CORE, Set.of(), Dose.hold(3, 20, 45, false), false);
        add(CatalogSlugs.FARMER_CARRY, CARRY, Set.of(), Dose.hold(3, 30, 40, false), false, Equipment.DUMBBELL);
    }

    private void add(
            String slug,
            MovementPattern primary,
            Set<MovementPattern> secondary,
            Dose dose,
            boolean perSide,
            Equipment... equipment) {
        String name = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
        bySlug.put(
                slug,
                new Exercise(
                        slug, name, Set.of(equipment), perSide, primary, secondary, dose, List.of(), "", "", true));
    }

    @Override
    public Optional<Exercise> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    List<Exercise> all() {
        return List.copyOf(bySlug.values());
    }

    /** A lookup that knows only {@code slugs}: for "the catalogue lacks it" cases. */
    static ExerciseLookup only(String... slugs) {
        Set<String> allowed = Set.of(slugs);
        return slug -> allowed.contains(slug) ? INSTANCE.find(slug) : Optional.empty();
    }
}
