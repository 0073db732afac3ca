package org.upright.planner.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.exercise.ExerciseLookup;
import org.upright.planner.exercise.StoredExercises;
import org.upright.planner.plan.internal.WeekDocument;
import org.upright.planner.plan.internal.WeekTemplateEntity;
import org.upright.planner.plan.internal.WeekTemplateRepository;

/** Week templates: the built-in ones for everybody, and each coach's own saved weeks. */
@Service
public class TemplateService {

    public static final int MAX_NAME_LENGTH = 80;

    private final WeekTemplateRepository templates;
    private final WeekPlanService plans;
    private final CurrentUser currentUser;
    private final ExerciseLookup exercises;
    private final Clock clock;

    TemplateService(
            WeekTemplateRepository templates,
            WeekPlanService plans,
            CurrentUser currentUser,
            StoredExercises exercises,
            Clock clock) {
        this.templates = templates;
        this.plans = plans;
        this.currentUser = currentUser;
        this.exercises = exercises.asLookup();
        this.clock = clock;
    }

    /** Built-in templates first, then the caller's own (coaches only have those). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WeekTemplate> available() {
        List<WeekTemplate> all = new ArrayList<>(BuiltInTemplates.all());
        SignedInAccount me = currentUser.require();
        templates.findByOwnerIdOrderByName(me.id()).stream()
                .map(this::toTemplate)
                .forEach(all::add);
        return all;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<WeekTemplate> find(String id) {
        if (id.startsWith("saved:")) {
            long number;
            try {
                number = Long.parseLong(id.substring("saved:".length()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return templates
                    .findByIdAndOwnerId(number, currentUser.require().id())
                    .map(this::toTemplate);
        }
        return BuiltInTemplates.find(id);
    }

    /** A coach keeps a client's planned week as a template of their own. */
    @Transactional
    public WeekTemplate saveWeekAsTemplate(@LifterId(Who.COACH_ONLY) long lifterId, LocalDate weekStart, String name) {
        SignedInAccount me = currentUser.require();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw new PlanEditRejected("Give the template a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        WeekPlan week = plans.week(lifterId, weekStart).plan();
        if (week.sessionCount() == 0) {
            throw new PlanEditRejected("This week has no sessions to keep as a template.");
        }
        WeekPlan anchored = WeekPlan.empty(WeekTemplateEntity.ANCHOR_MONDAY);
        for (PlanDay day : week.days()) {
            LocalDate anchorDay =
                    WeekTemplateEntity.ANCHOR_MONDAY.with(day.date().getDayOfWeek());
            for (Session session : day.sessions()) {
                anchored = WeekEdits.addSessionCopy(anchored, anchorDay, session);
            }
        }
        WeekTemplateEntity saved = templates.save(
                new WeekTemplateEntity(me.id(), cleanName, WeekDocument.write(anchored), clock.instant()));
        return toTemplate(saved);
    }

    private WeekTemplate toTemplate(WeekTemplateEntity entity) {
        WeekPlan week = WeekDocument.read(entity.content(), exercises);
        List<WeekTemplate.Day> days = new ArrayList<>();
        for (PlanDay day : week.days()) {
            day.sessions().forEach(s -> days.add(new WeekTemplate.Day(day.date().getDayOfWeek(), s)));
        }
        return new WeekTemplate("saved:" + entity.id(), entity.name(), "Saved by you.", false, days);
    }
}
