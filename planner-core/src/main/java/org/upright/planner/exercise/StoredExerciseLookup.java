package org.upright.planner.exercise;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.exercise.internal.CustomExerciseEntity;
import org.upright.planner.exercise.internal.CustomExerciseRepository;

/**
 * The {@link ExerciseLookup} for stored plans: resolves every built-in exercise and <b>every</b>
 * coach's own exercise by slug, including deleted ones.
 *
 * <p>There is deliberately no security check here. A plan is read by whoever may read that plan
 * (the plan service checks that), and the plan must keep showing the exercises it was built with
 * even after its lifter changed coach or the coach deleted the exercise from the library. This
 * class returns catalogue data only (names, doses, instructions) and is meant for the plan storage
 * layer; screens list exercises through {@link ExerciseCatalog}, which shows each person only
 * what they may see.
 */
@Component
public class StoredExerciseLookup implements ExerciseLookup {

    private final CustomExerciseRepository customs;

    StoredExerciseLookup(CustomExerciseRepository customs) {
        this.customs = customs;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Exercise> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        Optional<Exercise> builtIn = BuiltInCatalog.instance().find(slug);
        if (builtIn.isPresent() || !slug.startsWith(ExerciseCatalog.CUSTOM_SLUG_PREFIX)) {
            return builtIn;
        }
        return customs.findBySlug(slug).map(CustomExerciseEntity::toExercise);
    }
}
