package org.upright.planner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.exercise.ExerciseLookup;
import org.upright.planner.exercise.StoredExercises;
import org.upright.planner.plan.internal.WeekDocument;
import org.upright.planner.plan.internal.WeekTemplateEntity;
import org.upright.planner.plan.internal.WeekTemplateRepository;

/**
 * Where templates come from: the built-in ones, and each coach's own saved weeks. A saved template
 * is found only for its owner, so an id someone guessed finds nothing. Callers check who is asking;
 * this only looks things up.
 */
@Component
class TemplateLibrary {

    static final String SAVED_PREFIX = "saved:";

    private final WeekTemplateRepository templates;
    private final ExerciseLookup exercises;

    TemplateLibrary(WeekTemplateRepository templates, StoredExercises exercises) {
        this.templates = templates;
        this.exercises = exercises.asLookup();
    }

    /** A built-in template, or one of {@code ownerId}'s saved ones. */
    Optional<WeekTemplate> find(String id, long ownerId) {
        if (id != null && id.startsWith(SAVED_PREFIX)) {
            return saved(id, ownerId).map(this::toTemplate);
        }
        return id == null ? Optional.empty() : BuiltInTemplates.find(id);
    }

    /** One of {@code ownerId}'s saved templates by its id ({@code saved:<number>}). */
    Optional<WeekTemplateEntity> saved(String id, long ownerId) {
        if (id == null || !id.startsWith(SAVED_PREFIX)) {
            return Optional.empty();
        }
        try {
            return templates.findByIdAndOwnerId(Long.parseLong(id.substring(SAVED_PREFIX.length())), ownerId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    List<WeekTemplate> ownedBy(long ownerId) {
        return templates.findByOwnerIdOrderByName(ownerId).stream()
                .map(this::toTemplate)
                .toList();
    }

    WeekTemplate toTemplate(WeekTemplateEntity entity) {
        WeekPlan week = WeekDocument.read(entity.content(), exercises);
        List<WeekTemplate.Day> days = new ArrayList<>();
        for (PlanDay day : week.days()) {
            day.sessions().forEach(s -> days.add(new WeekTemplate.Day(day.date().getDayOfWeek(), s)));
        }
        return new WeekTemplate(SAVED_PREFIX + entity.id(), entity.name(), "Saved by you.", false, days);
    }
}
