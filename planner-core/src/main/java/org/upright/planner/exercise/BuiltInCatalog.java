package org.upright.planner.exercise;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The read-only catalogue that ships with Upright: every drill and tool the upper-back guide names,
 * a few additions a coach would make for the same goals, and the common gym lifts.
 *
 * <p>The entries are plain Java (see {@code GuideDrills}, {@code UpperBackAdditions},
 * {@code GymLifts}): the compiler checks every pattern, piece of equipment and dose, and there is
 * nothing to parse at start-up. The catalogue is built once, on first use, and is immutable.
 *
 * <p>Order is stable: the guide's drills in the order the guide teaches them, then the additions,
 * then the gym lifts (presses, pulls, legs, trunk).
 */
public final class BuiltInCatalog implements ExerciseLookup {

    private final List<Exercise> all;
    private final Map<String, Exercise> bySlug;

    private BuiltInCatalog(List<Exercise> entries) {
        Map<String, Exercise> index = new LinkedHashMap<>();
        for (Exercise exercise : entries) {
            if (index.putIfAbsent(exercise.slug(), exercise) != null) {
                throw new IllegalStateException("duplicate built-in slug: " + exercise.slug());
            }
        }
        this.all = List.copyOf(entries);
        this.bySlug = Map.copyOf(index);
    }

    /** The one built-in catalogue. */
    public static BuiltInCatalog instance() {
        return Holder.INSTANCE;
    }

    /** Every built-in exercise, in a stable order. */
    public List<Exercise> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    @Override
    public Optional<Exercise> find(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(bySlug.get(slug));
    }

    /** The entries that match {@code filter}, in catalogue order. */
    public List<Exercise> filter(ExerciseFilter filter) {
        return filter.apply(all);
    }

    /** Entries whose primary pattern belongs to {@code group}. */
    public List<Exercise> inGroup(MovementPattern.Group group) {
        return filter(ExerciseFilter.any().inGroup(group));
    }

    /** Entries whose primary pattern is {@code pattern}. */
    public List<Exercise> withPrimaryPattern(MovementPattern pattern) {
        return filter(ExerciseFilter.any().withPrimaryPattern(pattern));
    }

    /** Entries that train {@code pattern} as primary or secondary pattern. */
    public List<Exercise> training(MovementPattern pattern) {
        return filter(ExerciseFilter.any().training(pattern));
    }

    /** Entries the lifter can do with this equipment; no-equipment entries are always included. */
    public List<Exercise> doableWith(Collection<Equipment> equipment) {
        return filter(ExerciseFilter.any().doableWith(equipment));
    }

    /** Entries whose name contains every word of {@code text} (case, accents and hyphens ignored). */
    public List<Exercise> search(String text) {
        return filter(ExerciseFilter.any().nameMatching(text));
    }

    private static final class Holder {
        private static final BuiltInCatalog INSTANCE =
                new BuiltInCatalog(Stream.of(GuideDrills.entries(), UpperBackAdditions.entries(), GymLifts.entries())
                        .flatMap(List::stream)
                        .toList());
    }
}
