package org.upright.planner.exercise;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of the catalogue: a lift, drill, stretch or recovery tool, with how it is dosed by
 * default and what to tell the lifter about it.
 *
 * @param slug short, URL-safe, unique id ("thoracic-rotation")
 * @param primaryPattern counted with weight 1.0 per set
 * @param secondaryPatterns counted with weight 0.5 per set; never contains the primary pattern
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

    public DoseType doseType() {
        return defaultDose.type();
    }

    /** Whether this exercise can be done with what the lifter has (no equipment is always fine). */
    public boolean canBeDoneWith(Set<Equipment> available) {
        return equipment.stream().allMatch(e -> e == Equipment.NONE || available.contains(e));
    }
}
