package org.upright.planner.exercise;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a catalogue picker asks for: a pattern group, a pattern, the equipment at hand and a few
 * letters of a name. Every part is optional; an empty filter matches everything. Works on any
 * list of exercises, so coaches' own entries can be filtered the same way as the built-in ones.
 *
 * <p>Choices: the group is the primary pattern's group (a barbell row is upper-body strength even
 * though it has a half hinge credit). A pattern matches on the primary pattern only, or also on a
 * secondary one when {@code includeSecondary} is set (so "everything that trains horizontal pulling"
 * includes face pulls). Name search ignores case, accents, apostrophes and hyphens, and every word
 * typed must appear in the name: "childs pose", "pull up" and "pullup" all find what you expect.
 *
 * @param group null for any group
 * @param pattern null for any pattern
 * @param includeSecondary whether {@code pattern} may also match a secondary pattern
 * @param available null for "whatever it needs"; otherwise only exercises doable with this set
 * @param text null or blank for any name
 */
public record ExerciseFilter(
        MovementPattern.Group group,
        MovementPattern pattern,
        boolean includeSecondary,
        Set<Equipment> available,
        String text) {

    public ExerciseFilter {
        available = available == null ? null : Set.copyOf(available);
        text = text == null ? "" : text.strip();
    }

    /** The filter that matches every exercise. */
    public static ExerciseFilter any() {
        return new ExerciseFilter(null, null, false, null, "");
    }

    public ExerciseFilter inGroup(MovementPattern.Group newGroup) {
        return new ExerciseFilter(newGroup, pattern, includeSecondary, available, text);
    }

    /** Exercises whose primary pattern is {@code newPattern}. */
    public ExerciseFilter withPrimaryPattern(MovementPattern newPattern) {
        return new ExerciseFilter(group, newPattern, false, available, text);
    }

    /** Exercises that train {@code newPattern} as their primary or a secondary pattern. */
    public ExerciseFilter training(MovementPattern newPattern) {
        return new ExerciseFilter(group, newPattern, true, available, text);
    }

    /** Exercises the lifter can do with this equipment (no-equipment exercises always qualify). */
    public ExerciseFilter doableWith(Collection<Equipment> equipment) {
        Set<Equipment> set = equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment);
        return new ExerciseFilter(group, pattern, includeSecondary, set, text);
    }

    public ExerciseFilter nameMatching(String newText) {
        return new ExerciseFilter(group, pattern, includeSecondary, available, newText);
    }

    public boolean matches(Exercise exercise) {
        return matchesGroup(exercise)
                && matchesPattern(exercise)
                && (available == null || exercise.canBeDoneWith(available))
                && nameMatches(exercise.name(), text);
    }

    /** The matching exercises, in the order given. */
    public List<Exercise> apply(Collection<Exercise> exercises) {
        return exercises.stream().filter(this::matches).toList();
    }

    private boolean matchesGroup(Exercise exercise) {
        return group == null || exercise.primaryPattern().group() == group;
    }

    private boolean matchesPattern(Exercise exercise) {
        if (pattern == null) {
            return true;
        }
        return includeSecondary ? exercise.trains(pattern) : exercise.primaryPattern() == pattern;
    }

    /** Whether every word of {@code query} appears in {@code name}, ignoring case, accents and punctuation. */
    static boolean nameMatches(String name, String query) {
        String wanted = normalise(query);
        if (wanted.isEmpty()) {
            return true;
        }
        String have = normalise(name);
        boolean everyWord = Arrays.stream(wanted.split(" ")).allMatch(have::contains);
        return everyWord || have.replace(" ", "").contains(wanted.replace(" ", ""));
    }

    private static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }
}
