package org.upright.planner.exercise;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.exercise.internal.CustomExerciseEntity;
import org.upright.planner.exercise.internal.CustomExerciseRepository;

/**
 * {@link StoredExercises} from the built-in catalogue and the coaches' exercises table. Not public:
 * other features see only the interface, and only services may use that.
 */
@Component
class StoredExerciseLookup implements StoredExercises {

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

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> ownerOf(String slug) {
        if (slug == null || !slug.startsWith(ExerciseCatalog.CUSTOM_SLUG_PREFIX)) {
            return Optional.empty();
        }
        return customs.findBySlug(slug).map(CustomExerciseEntity::ownerId);
    }
}
