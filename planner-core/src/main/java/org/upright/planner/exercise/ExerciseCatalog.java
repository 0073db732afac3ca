package org.upright.planner.exercise;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.internal.CustomExerciseEntity;
import org.upright.planner.exercise.internal.CustomExerciseRepository;

/**
 * The catalogue a person sees: the read-only built-in exercises, followed by the own exercises of
 * the coach they work with. A coach sees and edits their own; a lifter sees their current coach's
 * (and loses them from the library and pickers when the coaching ends); a self-coached lifter sees
 * the built-in catalogue only. Only coaches add exercises, and only the owner changes or deletes
 * one. Built-in entries are never changed ({@link BuiltInExerciseReadOnly}).
 *
 * <p>Deleting is soft: the exercise leaves the library, the pickers and {@link #find}, but plans
 * keep resolving it through {@link StoredExercises}, so a week that used it still shows and
 * counts it.
 *
 * <p>Slugs of own exercises are {@value #CUSTOM_SLUG_PREFIX} plus the name's words, made unique
 * with a number ("custom-band-w-raise-2"). They are fixed at creation: renaming an exercise keeps
 * its slug, so plans never lose it.
 */
@Service
public class ExerciseCatalog {

    public static final String CUSTOM_SLUG_PREFIX = "custom-";
    public static final int MAX_SECONDARY_PATTERNS = 3;
    public static final int MAX_STEPS = 12;
    public static final int MAX_STEP_LENGTH = 300;
    /** For "why it helps" and the cautions. */
    public static final int MAX_TEXT_LENGTH = 600;

    /** Room for the prefix and a "-n" suffix within the 60 characters a slug may have. */
    static final int MAX_SLUG_WORDS = 45;

    private static final Comparator<Exercise> BY_NAME = Comparator.comparing(
                    (Exercise e) -> e.name().toLowerCase(Locale.ROOT))
            .thenComparing(Exercise::slug);

    private final BuiltInCatalog builtIns = BuiltInCatalog.instance();
    private final CustomExerciseRepository customs;
    private final CatalogAudience audience;
    private final Clock clock;

    ExerciseCatalog(CustomExerciseRepository customs, CatalogAudience audience, Clock clock) {
        this.customs = customs;
        this.audience = audience;
        this.clock = clock;
    }

    /** Every exercise the caller sees: the built-in ones in catalogue order, then own ones by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Exercise> visible() {
        Set<Long> owners = audience.currentReader().visibleOwners();
        Stream<Exercise> own = owners.isEmpty()
                ? Stream.empty()
                : customs.findByOwnerIdInAndDeletedAtIsNull(owners).stream()
                        .map(CustomExerciseEntity::toExercise)
                        .sorted(BY_NAME);
        return Stream.concat(builtIns.all().stream(), own).toList();
    }

    /** The exercises the caller sees that match {@code filter}, in the order of {@link #visible}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Exercise> filter(ExerciseFilter filter) {
        return filter.apply(visible());
    }

    /**
     * An exercise the caller sees. Another coach's exercise and deleted ones are not found here;
     * plans resolve their exercises through {@link StoredExercises} instead.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Exercise> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        Optional<Exercise> builtIn = builtIns.find(slug);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        Set<Long> owners = audience.currentReader().visibleOwners();
        return customs.findBySlug(slug)
                .filter(e -> !e.isDeleted() && owners.contains(e.ownerId()))
                .map(CustomExerciseEntity::toExercise);
    }

    /** The calling coach's own exercises, by name, with the versions an edit starts from. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<CustomExercise> mine() {
        long me = audience.currentReader().accountId();
        return customs.findByOwnerIdAndDeletedAtIsNull(me).stream()
                .map(CustomExerciseEntity::toCustomExercise)
                .sorted(Comparator.comparing(CustomExercise::exercise, BY_NAME))
                .toList();
    }

    /** One of the calling coach's own exercises; empty for built-in, other coaches' and deleted ones. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public Optional<CustomExercise> mine(String slug) {
        long me = audience.currentReader().accountId();
        return customs.findBySlug(slug)
                .filter(e -> e.ownerId() == me && !e.isDeleted())
                .map(CustomExerciseEntity::toCustomExercise);
    }

    /**
     * Adds an exercise of the calling coach's own.
     *
     * @throws ExerciseRejected with a message per bad field; nothing is stored then
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public CustomExercise add(ExerciseDraft draft) {
        long me = audience.currentReader().accountId();
        Map<String, Text> problems = CustomExerciseRules.problems(draft);
        checkNameIsNew(me, draft.name(), null, problems);
        if (!problems.isEmpty()) {
            throw new ExerciseRejected(problems);
        }
        String slug = freeSlug(CustomExerciseRules.slugBase(draft.name()));
        Exercise exercise = CustomExerciseRules.build(draft, slug);
        try {
            return customs.saveAndFlush(new CustomExerciseEntity(me, exercise, clock.instant()))
                    .toCustomExercise();
        } catch (DataIntegrityViolationException e) {
            if (!String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("custom_exercise_slug_unique")) {
                throw e;
            }
            // another coach took the same slug between our check and our insert
            throw new ExerciseRejected(
                    Map.of(ExerciseRejected.FORM, Text.of("domain.refused.exercise.slugTakenMeanwhile")));
        }
    }

    /**
     * Changes one of the calling coach's own exercises. The slug stays as it is.
     *
     * @param version the version the coach started editing from
     * @throws BuiltInExerciseReadOnly for a built-in exercise
     * @throws AccessDeniedException for an exercise that is not the caller's (or does not exist)
     * @throws StaleEditException when the exercise was saved or deleted since {@code version}
     * @throws ExerciseRejected with a message per bad field; nothing is stored then
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public CustomExercise update(String slug, long version, ExerciseDraft draft) {
        refuseBuiltIn(slug, Text.of("domain.refused.exercise.builtInChange"));
        long me = audience.currentReader().accountId();
        CustomExerciseEntity entity = ownedForEdit(slug, version, me);
        Map<String, Text> problems = CustomExerciseRules.problems(draft);
        checkNameIsNew(me, draft.name(), slug, problems);
        if (!problems.isEmpty()) {
            throw new ExerciseRejected(problems);
        }
        entity.apply(CustomExerciseRules.build(draft, entity.slug()), clock.instant());
        try {
            return customs.saveAndFlush(entity).toCustomExercise();
        } catch (OptimisticLockingFailureException savedInBetween) {
            throw stale();
        }
    }

    /**
     * Deletes one of the calling coach's own exercises from the library. Plans that use it keep it.
     *
     * @throws BuiltInExerciseReadOnly for a built-in exercise
     * @throws AccessDeniedException for an exercise that is not the caller's (or does not exist)
     * @throws StaleEditException when the exercise was saved or deleted since {@code version}
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void delete(String slug, long version) {
        refuseBuiltIn(slug, Text.of("domain.refused.exercise.builtInDelete"));
        long me = audience.currentReader().accountId();
        CustomExerciseEntity entity = ownedForEdit(slug, version, me);
        entity.delete(clock.instant());
        try {
            customs.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException savedInBetween) {
            throw stale();
        }
    }

    private void refuseBuiltIn(String slug, Text reason) {
        if (slug != null && builtIns.find(slug).isPresent()) {
            throw new BuiltInExerciseReadOnly(slug, reason);
        }
    }

    private CustomExerciseEntity ownedForEdit(String slug, long version, long me) {
        CustomExerciseEntity entity = (slug == null ? Optional.<CustomExerciseEntity>empty() : customs.findBySlug(slug))
                .filter(e -> e.ownerId() == me)
                .orElseThrow(() -> new AccessDeniedException("You can only change exercises you added yourself."));
        if (entity.isDeleted()) {
            throw new StaleEditException(Text.of("domain.refused.stale.exerciseDeleted"));
        }
        if (entity.version() != version) {
            throw stale();
        }
        return entity;
    }

    private static StaleEditException stale() {
        return new StaleEditException(Text.of("domain.refused.stale.exerciseChanged"));
    }

    private void checkNameIsNew(long me, String name, String exceptSlug, Map<String, Text> problems) {
        if (problems.containsKey(ExerciseRejected.NAME)) {
            return;
        }
        String wanted = CustomExerciseRules.strip(name);
        boolean taken = customs.findByOwnerIdAndDeletedAtIsNull(me).stream()
                .anyMatch(e -> !e.slug().equals(exceptSlug) && e.name().equalsIgnoreCase(wanted));
        if (taken) {
            problems.put(ExerciseRejected.NAME, Text.of("domain.refused.exercise.nameTaken", wanted));
        }
    }

    private String freeSlug(String base) {
        if (!customs.existsBySlug(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!customs.existsBySlug(candidate)) {
                return candidate;
            }
        }
    }
}
