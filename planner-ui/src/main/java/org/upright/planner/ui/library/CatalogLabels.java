package org.upright.planner.ui.library;

import java.util.Collection;
import java.util.stream.Collectors;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.MovementPattern;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The words the screens use for the catalogue's enums, from the domain bundle's one label per
 * constant ({@code domain.movementPattern.*}, {@code domain.equipment.*}), so the library, the
 * planner and the reports agree in the reader's language.
 */
public final class CatalogLabels {

    private CatalogLabels() {}

    public static String of(MovementPattern pattern) {
        return ReaderText.label(pattern);
    }

    public static String of(MovementPattern.Group group) {
        return ReaderText.label(group);
    }

    public static String of(Equipment equipment) {
        return ReaderText.label(equipment);
    }

    /** "Resistance band, Bench" in the enum's order; "No equipment" when nothing is needed. */
    public static String equipment(Collection<Equipment> needs) {
        if (needs.isEmpty() || needs.equals(java.util.Set.of(Equipment.NONE))) {
            return of(Equipment.NONE);
        }
        return needs.stream()
                .filter(e -> e != Equipment.NONE)
                .sorted()
                .map(CatalogLabels::of)
                .collect(Collectors.joining(", "));
    }
}
