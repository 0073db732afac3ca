package org.upright.planner.exercise.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.upright.planner.exercise.CustomExercise;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.MovementPattern;

/**
 * A coach's own exercise. The slug is fixed when the exercise is created (plans refer to it), the
 * rest changes with edits. Deleting only sets {@code deletedAt}: the exercise leaves the library
 * and the pickers, but plans that use it keep resolving it.
 *
 * <p>Enum sets are stored as comma-separated names and steps one per line: a handful of values,
 * always read with the entry, never queried on their own.
 */
@Entity
@Table(name = "custom_exercise")
public class CustomExerciseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_exercise_seq")
    @SequenceGenerator(name = "custom_exercise_seq", sequenceName = "custom_exercise_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String equipment;

    @Column(name = "per_side", nullable = false)
    private boolean perSide;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_pattern", nullable = false)
    private MovementPattern primaryPattern;

    @Column(name = "secondary_patterns", nullable = false)
    private String secondaryPatterns;

    @Enumerated(EnumType.STRING)
    @Column(name = "dose_type", nullable = false)
    private DoseType doseType;

    @Column(name = "dose_sets", nullable = false)
    private int doseSets;

    @Column(name = "dose_max_sets", nullable = false)
    private int doseMaxSets;

    @Column(name = "dose_low", nullable = false)
    private int doseLow;

    @Column(name = "dose_high", nullable = false)
    private int doseHigh;

    @Column(nullable = false)
    private String instructions;

    @Column(name = "why_it_helps", nullable = false)
    private String whyItHelps;

    @Column(nullable = false)
    private String cautions;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected CustomExerciseEntity() {}

    public CustomExerciseEntity(long ownerId, Exercise exercise, Instant now) {
        this.ownerId = ownerId;
        this.slug = exercise.slug();
        this.createdAt = now;
        apply(exercise, now);
    }

    public String slug() {
        return slug;
    }

    public long ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Takes over everything but the slug, which never changes. */
    public final void apply(Exercise exercise, Instant now) {
        name = exercise.name();
        equipment = joined(exercise.equipment());
        perSide = exercise.perSide();
        primaryPattern = exercise.primaryPattern();
        secondaryPatterns = joined(exercise.secondaryPatterns());
        Dose dose = exercise.defaultDose();
        doseType = dose.type();
        doseSets = dose.sets();
        doseMaxSets = dose.maxSets();
        doseLow = dose.low();
        doseHigh = dose.high();
        instructions = String.join("\n", exercise.instructions());
        whyItHelps = exercise.whyItHelps();
        cautions = exercise.cautions();
        updatedAt = now;
    }

    /** Hides the exercise from the library; plans that use it still resolve it. */
    public void delete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
            updatedAt = now;
        }
    }

    public Exercise toExercise() {
        Dose dose = new Dose(doseType, doseSets, doseLow, doseHigh, perSide, doseMaxSets);
        List<String> steps = instructions.isEmpty() ? List.of() : List.of(instructions.split("\n"));
        return new Exercise(
                slug,
                name,
                split(equipment, Equipment.class, Equipment::valueOf),
                perSide,
                primaryPattern,
                split(secondaryPatterns, MovementPattern.class, MovementPattern::valueOf),
                dose,
                steps,
                whyItHelps,
                cautions,
                false);
    }

    public CustomExercise toCustomExercise() {
        return new CustomExercise(toExercise(), ownerId, version);
    }

    private static String joined(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String names, Class<E> type, Function<String, E> parse) {
        Set<E> values = EnumSet.noneOf(type);
        if (!names.isBlank()) {
            Arrays.stream(names.split(",")).map(parse).forEach(values::add);
        }
        return values;
    }
}
