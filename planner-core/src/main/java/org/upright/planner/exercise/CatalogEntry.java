package org.upright.planner.exercise;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A small builder that keeps the built-in entries readable: one fluent block per exercise, with
 * the completeness checks a read-only catalogue needs (every built-in entry has steps, a reason and
 * cautions, and a per-side exercise has a per-side dose) done once, at class loading.
 */
final class CatalogEntry {

    private final String slug;
    private final String name;
    private final Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
    private final Set<MovementPattern> secondary = EnumSet.noneOf(MovementPattern.class);
    private boolean perSide;
    private MovementPattern primary;
    private Dose dose;
    private List<String> steps = List.of();
    private String why = "";
    private String cautions = "";

    private CatalogEntry(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    static CatalogEntry entry(String slug, String name) {
        return new CatalogEntry(slug, name);
    }

    CatalogEntry needs(Equipment first, Equipment... more) {
        equipment.add(first);
        equipment.addAll(List.of(more));
        return this;
    }

    CatalogEntry perSide() {
        this.perSide = true;
        return this;
    }

    CatalogEntry primary(MovementPattern pattern) {
        this.primary = pattern;
        return this;
    }

    CatalogEntry secondary(MovementPattern first, MovementPattern... more) {
        secondary.add(first);
        secondary.addAll(List.of(more));
        return this;
    }

    CatalogEntry dose(Dose defaultDose) {
        this.dose = defaultDose;
        return this;
    }

    CatalogEntry steps(String... instructions) {
        this.steps = List.of(instructions);
        return this;
    }

    CatalogEntry why(String text) {
        this.why = text;
        return this;
    }

    CatalogEntry cautions(String text) {
        this.cautions = text;
        return this;
    }

    Exercise build() {
        if (steps.isEmpty() || why.isBlank() || cautions.isBlank()) {
            throw new IllegalStateException(slug + ": a built-in entry needs steps, why it helps and cautions");
        }
        if (dose != null && dose.perSide() != perSide) {
            throw new IllegalStateException(slug + ": the default dose must be per side exactly when the exercise is");
        }
        return new Exercise(slug, name, equipment, perSide, primary, secondary, dose, steps, why, cautions, true);
    }
}
