package org.upright.planner.exercise;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One entry of the catalogue: a lift, drill, stretch or recovery tool, with how it is dosed by
 * default and what to tell the lifter about it.
 *
 * @param slug short, URL-safe, unique id ("thoracic-rotation")
 * @param primaryPattern counted with weight 1.0 per set
 * @param secondaryPatterns counted with weight 0.5 per set; never contains the primary pattern.
 *     A secondary pattern may share a family with the primary one (a face pull is scapular work
 *     with some rowing in it); {@link #weightForAny} keeps such a set from counting twice toward
 *     one family
 * @param builtIn built-in entries are read-only; coaches' own entries are not
 */
public record Exercise(
        String slug,
        String name,
        Set<Equipment> equipment,
        boolean perSide,
        MovementPattern primaryPattern,
        Set<MovementPattern> secondaryPatterns,
        Dose defaultDose,
        List<String> instructions,
        String whyItHelps,
        String cautions,
        boolean builtIn) {

    public static final double PRIMARY_WEIGHT = 1.0;
    public static final double SECONDARY_WEIGHT = 0.5;
    public static final int MAX_NAME_LENGTH = 80;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Exercise {
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 60) {
            throw new IllegalArgumentException(
                    "slug must be lower-case words joined by hyphens (at most 60 characters), was " + slug);
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Objects.requireNonNull(primaryPattern, "primary pattern is required");
        Objects.requireNonNull(defaultDose, "default dose is required");
        equipment = equipment == null || equipment.isEmpty() ? Set.of(Equipment.NONE) : Set.copyOf(equipment);
        secondaryPatterns = secondaryPatterns == null ? Set.of() : Set.copyOf(secondaryPatterns);
        if (secondaryPatterns.contains(primaryPattern)) {
            throw new IllegalArgumentException(
                    "secondary patterns must not repeat the primary pattern " + primaryPattern);
        }
        instructions = instructions == null ? List.of() : List.copyOf(instructions);
        whyItHelps = whyItHelps == null ? "" : whyItHelps;
        cautions = cautions == null ? "" : cautions;
    }

    /** Weight of one set of this exercise toward {@code pattern}: 1.0, 0.5 or 0. */
    public double weightFor(MovementPattern pattern) {
        if (pattern == primaryPattern) {
            return PRIMARY_WEIGHT;
        }
        return secondaryPatterns.contains(pattern) ? SECONDARY_WEIGHT : 0.0;
    }

    /**
     * Weight of one set of this exercise toward a family of patterns (all pulls, say): the largest
     * of its weights for those patterns, never their sum. One set of face pulls is one pull set,
     * not one and a half, even though it is scapular work with a rowing secondary.
     */
    public double weightForAny(Collection<MovementPattern> family) {
        return family.stream().mapToDouble(this::weightFor).max().orElse(0.0);
    }

    /** Whether this exercise trains {@code pattern} at all, as its primary or a secondary pattern. */
    public boolean trains(MovementPattern pattern) {
        return weightFor(pattern) > 0.0;
    }

    /** The primary pattern followed by the secondary ones, in the enum's order. */
    public List<MovementPattern> patterns() {
        EnumSet<MovementPattern> rest =
                secondaryPatterns.isEmpty() ? EnumSet.noneOf(MovementPattern.class) : EnumSet.copyOf(secondaryPatterns);
        return Stream.concat(Stream.of(primaryPattern), rest.stream()).toList();
    }

    public DoseType doseType() {
        return defaultDose.type();
    }

    /** Whether this exercise can be done with what the lifter has (no equipment is always fine). */
    public boolean canBeDoneWith(Set<Equipment> available) {
        return equipment.stream().allMatch(e -> e == Equipment.NONE || available.contains(e));
    }
}
