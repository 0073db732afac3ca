package org.upright.planner.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;
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
    private final TemplateLibrary library;
    private final Clock clock;

    TemplateService(
            WeekTemplateRepository templates,
            WeekPlanService plans,
            CurrentUser currentUser,
            TemplateLibrary library,
            Clock clock) {
        this.templates = templates;
        this.plans = plans;
        this.currentUser = currentUser;
        this.library = library;
        this.clock = clock;
    }

    /** Built-in templates first, then the caller's own (coaches only have those). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WeekTemplate> available() {
        List<WeekTemplate> all = new ArrayList<>(BuiltInTemplates.all());
        all.addAll(library.ownedBy(currentUser.require().id()));
        return all;
    }

    /** A built-in template or one of the caller's own; nobody else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<WeekTemplate> find(String id) {
        return library.find(id, currentUser.require().id());
    }

    /**
     * A coach keeps a client's planned week as a template of their own. Names are unique per coach
     * (case aside, held by the database): a name already in use is refused with
     * {@link TemplateNameTaken} unless {@code replaceSameName}, which puts this week into that
     * template instead of piling up a second one.
     */
    @Transactional
    public WeekTemplate saveWeekAsTemplate(
            @LifterId(Who.COACH_ONLY) long lifterId, LocalDate weekStart, String name, boolean replaceSameName) {
        SignedInAccount me = currentUser.require();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.templateName", MAX_NAME_LENGTH));
        }
        TypedText.problem(cleanName).ifPresent(problem -> {
            throw new PlanEditRejected(problem);
        });
        WeekPlan week = plans.week(lifterId, weekStart).plan();
        if (week.sessionCount() == 0) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.nothingToKeep"));
        }
        WeekPlan anchored = WeekPlan.empty(WeekTemplateEntity.ANCHOR_MONDAY);
        for (PlanDay day : week.days()) {
            LocalDate anchorDay =
                    WeekTemplateEntity.ANCHOR_MONDAY.with(day.date().getDayOfWeek());
            for (Session session : day.sessions()) {
                anchored = WeekEdits.addSessionCopy(anchored, anchorDay, session);
            }
        }
        String key = WeekTemplateEntity.nameKey(cleanName);
        String content = WeekDocument.write(anchored);
        Optional<WeekTemplateEntity> sameName = templates.findByOwnerIdAndNameKey(me.id(), key);
        if (sameName.isPresent() && !replaceSameName) {
            throw new TemplateNameTaken(sameName.get().name());
        }
        WeekTemplateEntity template =
                sameName.orElseGet(() -> new WeekTemplateEntity(me.id(), cleanName, content, clock.instant()));
        template.keep(cleanName, content);
        try {
            return library.toTemplate(templates.saveAndFlush(template));
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException savedAtTheSameTime) {
            // Another save under this name won the race: the database keeps names unique.
            throw new TemplateNameTaken(cleanName);
        }
    }

    /**
     * Takes back the last replacement of one of the caller's templates: it holds again what it
     * held before a week was saved under its name. Doing it again puts the replacement back.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public WeekTemplate undoReplace(String templateId) {
        SignedInAccount me = currentUser.require();
        WeekTemplateEntity template = library.saved(templateId, me.id())
                .orElseThrow(() -> new PlanEditRejected(Text.of("domain.refused.plan.templateUnavailable")));
        if (!template.swapBackReplaced()) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.nothingToSwapBack"));
        }
        try {
            return library.toTemplate(templates.saveAndFlush(template));
        } catch (ObjectOptimisticLockingFailureException savedAtTheSameTime) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.templateChanged"));
        }
    }
}
