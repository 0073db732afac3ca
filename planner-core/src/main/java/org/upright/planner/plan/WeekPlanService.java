package org.upright.planner.plan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.balance.BalanceEvaluator;
import org.upright.planner.balance.BalanceReport;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.SuggestionApplier;
import org.upright.planner.balance.Targets;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseLookup;
import org.upright.planner.exercise.StoredExercises;
import org.upright.planner.plan.internal.WeekDocument;
import org.upright.planner.plan.internal.WeekPlanEntity;
import org.upright.planner.plan.internal.WeekPlanRepository;

/**
 * Planning a lifter's week. Only the lifter and the lifter's current coach get in: each method
 * marks its lifter {@link LifterId}, which is decided before the method runs. Every change names
 * the version it started from and is refused with {@link StaleEditException} when someone saved in
 * between. Each call returns the week as now stored, with its balance report, so a screen can
 * redraw from one answer.
 */
@Service
public class WeekPlanService {

    static final String NOT_IN_CATALOGUE = "That exercise is not in the catalogue.";

    static final String CHANGED_ELSEWHERE = "This week was changed by someone else. Reload to see their changes.";

    private final WeekPlanRepository weeks;
    private final CurrentUser currentUser;
    private final ProfileService profiles;
    private final StoredExercises storedExercises;
    private final ExerciseLookup exercises;
    private final CoachingService coaching;
    private final ExerciseCatalog catalogue;
    private final BalanceEvaluator evaluator;
    private final Clock clock;

    WeekPlanService(
            WeekPlanRepository weeks,
            CurrentUser currentUser,
            ProfileService profiles,
            StoredExercises exercises,
            CoachingService coaching,
            ExerciseCatalog catalogue,
            Clock clock) {
        this.weeks = weeks;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.storedExercises = exercises;
        this.exercises = exercises.asLookup();
        this.coaching = coaching;
        this.catalogue = catalogue;
        this.evaluator = new BalanceEvaluator(this.exercises);
        this.clock = clock;
    }

    /** The week containing {@code day}; an unplanned week comes back empty and unsaved. */
    @Transactional(readOnly = true)
    public PlannedWeek week(@LifterId long lifterId, LocalDate day) {
        LocalDate weekStart = Weeks.startOf(day);
        Optional<WeekPlanEntity> stored = weeks.findByLifterIdAndWeekStart(lifterId, weekStart);
        WeekPlan plan = stored.map(this::read).orElseGet(() -> WeekPlan.empty(weekStart));
        return assemble(lifterId, plan, stored);
    }

    @Transactional
    public PlannedWeek addSession(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            LocalDate date,
            SessionKind kind,
            String title) {
        return edit(lifterId, weekStart, expectedVersion, w -> WeekEdits.addSession(w, date, kind, title));
    }

    @Transactional
    public PlannedWeek renameSession(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            String sessionId,
            SessionKind kind,
            String title) {
        return edit(lifterId, weekStart, expectedVersion, w -> WeekEdits.renameSession(w, sessionId, kind, title));
    }

    @Transactional
    public PlannedWeek removeSession(
            @LifterId long lifterId, LocalDate weekStart, long expectedVersion, String sessionId) {
        return edit(lifterId, weekStart, expectedVersion, w -> WeekEdits.removeSession(w, sessionId));
    }

    @Transactional
    public PlannedWeek moveSession(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            String sessionId,
            LocalDate to,
            int position) {
        return edit(lifterId, weekStart, expectedVersion, w -> WeekEdits.moveSession(w, sessionId, to, position));
    }

    /** Adds an exercise with its default dose at the end of a block. */
    @Transactional
    public PlannedWeek addExercise(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            String sessionId,
            BlockType block,
            String exerciseSlug) {
        // Through the catalogue, not the raw lookup: a coach's own exercises are only for that
        // coach and their clients.
        var exercise = catalogue.find(exerciseSlug).orElseThrow(() -> new PlanEditRejected(NOT_IN_CATALOGUE));
        return edit(
                lifterId,
                weekStart,
                expectedVersion,
                w -> WeekEdits.addPrescription(
                        w,
                        sessionId,
                        block,
                        Integer.MAX_VALUE,
                        Prescription.of("new", exercise, exercise.defaultDose())));
    }

    @Transactional
    public PlannedWeek removePrescription(
            @LifterId long lifterId, LocalDate weekStart, long expectedVersion, String prescriptionId) {
        return edit(lifterId, weekStart, expectedVersion, w -> WeekEdits.removePrescription(w, prescriptionId));
    }

    @Transactional
    public PlannedWeek movePrescription(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            String prescriptionId,
            String toSessionId,
            BlockType toBlock,
            int position) {
        return edit(
                lifterId,
                weekStart,
                expectedVersion,
                w -> WeekEdits.movePrescription(w, prescriptionId, toSessionId, toBlock, position));
    }

    /**
     * Changes how much of an exercise: dose, load (kilograms; the screen converts from the
     * viewer's unit), effort target and note. Invalid values are refused with a message that names
     * the field.
     */
    @Transactional
    public PlannedWeek changePrescription(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            String prescriptionId,
            Dose dose,
            Double loadKg,
            EffortTarget effort,
            String note) {
        return edit(lifterId, weekStart, expectedVersion, w -> {
            Prescription current = WeekEdits.prescription(w, prescriptionId)
                    .orElseThrow(() -> new PlanEditRejected("That exercise is no longer in this week."));
            Prescription changed;
            try {
                changed = new Prescription(current.id(), current.exercise(), dose, loadKg, effort, note);
            } catch (IllegalArgumentException invalid) {
                throw new PlanEditRejected(invalid.getMessage());
            }
            return WeekEdits.changePrescription(w, changed);
        });
    }

    /** Replaces this week with a copy of the previous week (fresh ids, same days of the week). */
    @Transactional
    public PlannedWeek copyPreviousWeek(@LifterId long lifterId, LocalDate weekStart, long expectedVersion) {
        WeekPlan previous = weeks.findByLifterIdAndWeekStart(lifterId, weekStart.minusWeeks(1))
                .map(this::read)
                .orElseThrow(() -> new PlanEditRejected("There is no plan for the week before to copy."));
        return edit(lifterId, weekStart, expectedVersion, ignored -> {
            WeekPlan copy = WeekPlan.empty(weekStart);
            for (var day : previous.days()) {
                for (var session : day.sessions()) {
                    copy = WeekEdits.addSessionCopy(copy, day.date().plusWeeks(1), session);
                }
            }
            return copy;
        });
    }

    /** Adds a template's sessions to the week, on the template's days, after what is planned. */
    @Transactional
    public PlannedWeek applyTemplate(
            @LifterId long lifterId, LocalDate weekStart, long expectedVersion, WeekTemplate template) {
        return edit(lifterId, weekStart, expectedVersion, w -> {
            WeekPlan result = w;
            for (WeekTemplate.Day day : template.sessions()) {
                result = WeekEdits.addSessionCopy(
                        result, weekStart.with(TemporalAdjusters.nextOrSame(day.day())), day.session());
            }
            return result;
        });
    }

    /** Puts back a week exactly as it was before an edit (the screen's undo). */
    @Transactional
    public PlannedWeek restore(@LifterId long lifterId, long expectedVersion, WeekPlan earlier) {
        return edit(lifterId, earlier.weekStart(), expectedVersion, ignored -> earlier);
    }

    /** Applies the suggestions of one finding, as the rules make them for the week as stored now. */
    @Transactional
    public PlannedWeek applySuggestions(
            @LifterId long lifterId, LocalDate weekStart, long expectedVersion, FindingRef finding) {
        return edit(lifterId, weekStart, expectedVersion, w -> {
            BalanceReport report = evaluate(lifterId, w);
            Finding current = report.findings().stream()
                    .filter(finding::matches)
                    .findFirst()
                    .orElseThrow(() -> new PlanEditRejected("That finding no longer applies to this week."));
            return SuggestionApplier.applyAll(w, current);
        });
    }

    /** Applies every suggestion of every finding. */
    @Transactional
    public PlannedWeek applyAllSuggestions(@LifterId long lifterId, LocalDate weekStart, long expectedVersion) {
        return edit(lifterId, weekStart, expectedVersion, w -> SuggestionApplier.applyAll(w, evaluate(lifterId, w)));
    }

    /**
     * The week containing {@code day} for many lifters at once, each with its balance report, in a
     * fixed number of queries however many lifters there are (the coach's roster).
     */
    @Transactional(readOnly = true)
    public Map<Long, PlannedWeek> weeksFor(@LifterId Collection<Long> lifterIds, LocalDate day) {
        LocalDate weekStart = Weeks.startOf(day);
        Map<Long, WeekPlanEntity> current = byLifter(weeks.findByLifterIdInAndWeekStart(lifterIds, weekStart));
        Map<Long, WeekPlanEntity> previous =
                byLifter(weeks.findByLifterIdInAndWeekStart(lifterIds, weekStart.minusWeeks(1)));
        Map<Long, TrainingProfile> trainingProfiles = profiles.profilesOf(lifterIds);
        Map<Long, PlannedWeek> result = new HashMap<>();
        for (long lifterId : lifterIds) {
            Optional<WeekPlanEntity> stored = Optional.ofNullable(current.get(lifterId));
            WeekPlan plan = stored.map(this::read).orElseGet(() -> WeekPlan.empty(weekStart));
            TrainingProfile training = trainingProfiles.get(lifterId);
            LifterProfile profile = TrainingTargets.profile(training);
            Targets targets = TrainingTargets.targets(training);
            WeekPlan before =
                    Optional.ofNullable(previous.get(lifterId)).map(this::read).orElse(null);
            result.put(
                    lifterId,
                    new PlannedWeek(
                            lifterId,
                            plan,
                            stored.map(WeekPlanEntity::version).orElse(PlannedWeek.NOT_SAVED),
                            evaluate(plan, before, profile, targets),
                            profile,
                            targets,
                            stored.map(e -> new PlannedWeek.LastChange(e.updatedBy(), e.updatedAt()))));
        }
        return result;
    }

    /** When each lifter's plans last changed (any week), for "last activity". */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastPlanChanges(@LifterId Collection<Long> lifterIds) {
        Map<Long, Instant> result = new HashMap<>();
        for (Object[] row : weeks.lastChanges(lifterIds)) {
            result.put((Long) row[0], (Instant) row[1]);
        }
        return result;
    }

    private static Map<Long, WeekPlanEntity> byLifter(List<WeekPlanEntity> entities) {
        Map<Long, WeekPlanEntity> map = new HashMap<>();
        entities.forEach(e -> map.put(e.lifterId(), e));
        return map;
    }

    /** The stored weeks of a lifter from {@code from} to {@code to} (week starts), oldest first. */
    @Transactional(readOnly = true)
    public List<WeekPlan> weeks(@LifterId long lifterId, LocalDate from, LocalDate to) {
        return weeks
                .findByLifterIdAndWeekStartBetweenOrderByWeekStart(lifterId, Weeks.startOf(from), Weeks.startOf(to))
                .stream()
                .map(this::read)
                .toList();
    }

    private PlannedWeek edit(long lifterId, LocalDate weekStart, long expectedVersion, UnaryOperator<WeekPlan> change) {
        SignedInAccount me = currentUser.require();
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new PlanEditRejected("A week starts on a Monday.");
        }
        Optional<WeekPlanEntity> stored = weeks.findByLifterIdAndWeekStart(lifterId, weekStart);
        long current = stored.map(WeekPlanEntity::version).orElse(PlannedWeek.NOT_SAVED);
        if (current != expectedVersion) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
        WeekPlan before = stored.map(this::read).orElseGet(() -> WeekPlan.empty(weekStart));
        WeekPlan after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException invalid) {
            throw new PlanEditRejected(invalid.getMessage());
        }
        requireTheLiftersExercises(lifterId, before, after);
        WeekPlanEntity entity = stored.orElseGet(() -> new WeekPlanEntity(lifterId, weekStart));
        entity.store(WeekDocument.write(after), me.id(), clock.instant());
        try {
            entity = weeks.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException racedWithAnotherSave) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
        return assemble(lifterId, after, Optional.of(entity));
    }

    /**
     * A lifter's weeks hold built-in exercises and the own exercises of the lifter's coaches,
     * current or former — nothing else, whichever way the content came (an exercise picked, a week
     * restored, a template applied): never another coach's private exercise, and never a slug
     * nothing resolves (which would make the stored week unreadable). A coach's exercise stays
     * usable after the coaching ended or the coach deleted it from the library, so undoing and
     * copying never lose what the lifter had.
     */
    private void requireTheLiftersExercises(long lifterId, WeekPlan before, WeekPlan after) {
        Set<String> held = exerciseSlugs(before);
        Set<Long> coaches = null;
        for (String slug : exerciseSlugs(after)) {
            if (held.contains(slug) || BuiltInCatalog.instance().find(slug).isPresent()) {
                continue;
            }
            Optional<Long> owner = storedExercises.ownerOf(slug);
            if (owner.isPresent() && coaches == null) {
                coaches = coaching.coachesOf(lifterId);
            }
            if (owner.isEmpty() || !coaches.contains(owner.get())) {
                throw new PlanEditRejected(NOT_IN_CATALOGUE);
            }
        }
    }

    private static Set<String> exerciseSlugs(WeekPlan week) {
        return week.sessions()
                .flatMap(Session::prescriptions)
                .map(p -> p.exercise().slug())
                .collect(Collectors.toSet());
    }

    private PlannedWeek assemble(long lifterId, WeekPlan plan, Optional<WeekPlanEntity> stored) {
        TrainingProfile training = profiles.profileOf(lifterId);
        LifterProfile profile = TrainingTargets.profile(training);
        Targets targets = TrainingTargets.targets(training);
        BalanceReport report = evaluate(plan, previousWeek(lifterId, plan.weekStart()), profile, targets);
        return new PlannedWeek(
                lifterId,
                plan,
                stored.map(WeekPlanEntity::version).orElse(PlannedWeek.NOT_SAVED),
                report,
                profile,
                targets,
                stored.map(e -> new PlannedWeek.LastChange(e.updatedBy(), e.updatedAt())));
    }

    private BalanceReport evaluate(long lifterId, WeekPlan plan) {
        TrainingProfile training = profiles.profileOf(lifterId);
        return evaluate(
                plan,
                previousWeek(lifterId, plan.weekStart()),
                TrainingTargets.profile(training),
                TrainingTargets.targets(training));
    }

    private BalanceReport evaluate(WeekPlan plan, WeekPlan previous, LifterProfile profile, Targets targets) {
        return previous == null
                ? evaluator.evaluate(plan, profile, targets)
                : evaluator.evaluate(plan, previous, profile, targets);
    }

    private WeekPlan previousWeek(long lifterId, LocalDate weekStart) {
        return weeks.findByLifterIdAndWeekStart(lifterId, weekStart.minusWeeks(1))
                .map(this::read)
                .orElse(null);
    }

    private WeekPlan read(WeekPlanEntity entity) {
        return WeekDocument.read(entity.content(), exercises);
    }
}
