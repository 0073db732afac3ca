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
import org.upright.planner.balance.CoordinatedFixes;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.FixPlan;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.Targets;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseLookup;
import org.upright.planner.exercise.StoredExercises;
import org.upright.planner.plan.internal.WeekDocument;
import org.upright.planner.plan.internal.WeekPlanEntity;
import org.upright.planner.plan.internal.WeekPlanRepository;
import org.upright.planner.plan.internal.WeekPlanRevisionEntity;
import org.upright.planner.plan.internal.WeekPlanRevisionRepository;
import org.upright.planner.safety.SafetyService;

/**
 * Planning a lifter's week. Only the lifter and the lifter's current coach get in: each method
 * marks its lifter {@link LifterId}, which is decided before the method runs (docs/adr/0013).
 * Every change names the version it started from and is refused with {@link StaleEditException}
 * when someone saved in between. Each call returns the week as now stored, with its balance
 * report, so a screen can redraw from one answer.
 *
 * <p>Every saved version is kept for a while (the last {@value #KEPT_REVISIONS}), so that an edit
 * can be undone, and made again after someone else saved first, by replaying the difference it
 * made onto the week as it is now ({@link PlanChange}, docs/adr/0009) — never by writing back an
 * old copy of the week.
 */
@Service
public class WeekPlanService {

    static final Text NOT_IN_CATALOGUE = Text.of("domain.refused.plan.notInCatalogue");

    static final Text CHANGED_ELSEWHERE = Text.of("domain.refused.stale.week");

    static final Text TOO_FAR_BACK = Text.of("domain.refused.plan.tooFarBack");

    static final Text SEEN_VERSION_GONE = Text.of("domain.refused.plan.seenVersionGone");

    /**
     * Saved versions kept per week, for undo and "apply my change again": far more than anyone
     * undoes, few enough that a week's history stays small.
     */
    static final int KEPT_REVISIONS = 100;

    private final WeekPlanRepository weeks;
    private final WeekPlanRevisionRepository revisions;
    private final TemplateLibrary templates;
    private final CurrentUser currentUser;
    private final ProfileService profiles;
    private final StoredExercises storedExercises;
    private final ExerciseLookup exercises;
    private final CoachingService coaching;
    private final ExerciseCatalog catalogue;
    private final BalanceEvaluator evaluator;
    private final CoordinatedFixes fixes;
    private final SafetyService safety;
    private final Clock clock;

    WeekPlanService(
            WeekPlanRepository weeks,
            WeekPlanRevisionRepository revisions,
            TemplateLibrary templates,
            CurrentUser currentUser,
            ProfileService profiles,
            StoredExercises exercises,
            CoachingService coaching,
            ExerciseCatalog catalogue,
            SafetyService safety,
            Clock clock) {
        this.weeks = weeks;
        this.revisions = revisions;
        this.templates = templates;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.storedExercises = exercises;
        this.exercises = exercises.asLookup();
        this.coaching = coaching;
        this.catalogue = catalogue;
        this.evaluator = new BalanceEvaluator(this.exercises);
        this.fixes = new CoordinatedFixes(evaluator);
        this.safety = safety;
        this.clock = clock;
    }

    /** The week containing {@code day}; an unplanned week comes back empty and unsaved. */
    @Transactional(readOnly = true)
    public PlannedWeek week(@LifterId long lifterId, LocalDate day) {
        LocalDate weekStart = Weeks.startOf(day);
        Optional<WeekPlanEntity> stored = weeks.findByLifterIdAndWeekStart(lifterId, weekStart);
        WeekPlan plan = stored.map(this::read).orElseGet(() -> WeekPlan.empty(weekStart));
        return assemble(lifterId, plan, stored, safety.planPaused(lifterId));
    }

    /**
     * Makes one edit on the version of the week the caller has in front of them. Refused with
     * {@link StaleEditException}, nothing written, when someone saved in between: the caller can
     * then {@link #reapply} it. An edit that changes nothing saves nothing (the version stays).
     */
    @Transactional
    public PlannedWeek edit(@LifterId long lifterId, LocalDate weekStart, long expectedVersion, PlanEdit edit) {
        return save(lifterId, weekStart, expectedVersion, false, edit);
    }

    /**
     * "Apply my change again" after someone else saved first: works out what {@code edit} would
     * have changed in the version the caller saw ({@code seenVersion}), and applies that change to
     * the week as stored now, so that the other person's work stays. Where the change no longer
     * fits (what it touches was removed or changed meanwhile) it is refused with a
     * {@link ChangeConflict} saying why, and nothing is written.
     */
    @Transactional
    public PlannedWeek reapply(@LifterId long lifterId, LocalDate weekStart, long seenVersion, PlanEdit edit) {
        return save(lifterId, weekStart, seenVersion, true, edit);
    }

    /**
     * Takes back the caller's own change that made version {@code revision} of the week: its
     * reverse is applied to the week as stored now, never an old copy of the week. Refused with a
     * {@link ChangeConflict} where someone has since changed what it would take back. Undoing an
     * undo redoes.
     */
    @Transactional
    public PlannedWeek undo(@LifterId long lifterId, LocalDate weekStart, long expectedVersion, long revision) {
        return save(lifterId, weekStart, expectedVersion, false, new PlanEdit.Undo(revision));
    }

    @Transactional
    public PlannedWeek addSession(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            LocalDate date,
            SessionKind kind,
            String title) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.AddSession(date, kind, title));
    }

    @Transactional
    public PlannedWeek renameSession(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            String sessionId,
            SessionKind kind,
            String title) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.RenameSession(sessionId, kind, title));
    }

    @Transactional
    public PlannedWeek removeSession(
            @LifterId long lifterId, LocalDate weekStart, long expectedVersion, String sessionId) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.RemoveSession(sessionId));
    }

    @Transactional
    public PlannedWeek moveSession(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            String sessionId,
            LocalDate to,
            int position) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.MoveSession(sessionId, to, position));
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
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.AddExercise(sessionId, block, exerciseSlug));
    }

    @Transactional
    public PlannedWeek removePrescription(
            @LifterId long lifterId, LocalDate weekStart, long expectedVersion, String prescriptionId) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.RemoveExercise(prescriptionId));
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
                new PlanEdit.MoveExercise(prescriptionId, toSessionId, toBlock, position));
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
        return edit(
                lifterId,
                weekStart,
                expectedVersion,
                new PlanEdit.ChangeDose(prescriptionId, dose, loadKg, effort, note));
    }

    /** Brings in last week's sessions (fresh ids, same days of the week), keeping or replacing this week's. */
    @Transactional
    public PlannedWeek copyPreviousWeek(
            @LifterId long lifterId, LocalDate weekStart, long expectedVersion, ExistingSessions existing) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.CopyPreviousWeek(existing));
    }

    /**
     * Brings in a template's sessions on the template's days, keeping or replacing this week's.
     * The template is named by id: a built-in one, or one the caller saved.
     */
    @Transactional
    public PlannedWeek applyTemplate(
            @LifterId long lifterId,
            LocalDate weekStart,
            long expectedVersion,
            String templateId,
            ExistingSessions existing) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.UseTemplate(templateId, existing));
    }

    /** Applies the suggestions of one finding, as the rules make them for the week as stored now. */
    @Transactional
    public PlannedWeek applySuggestions(
            @LifterId long lifterId, LocalDate weekStart, long expectedVersion, FindingRef finding) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.ApplyFix(finding));
    }

    /**
     * What {@link #applyAllSuggestions} would do to the week as stored now, for the user to check
     * before anything changes. Changes nothing.
     */
    @Transactional(readOnly = true)
    public FixPreview previewAllFixes(@LifterId long lifterId, LocalDate weekStart) {
        LocalDate start = Weeks.startOf(weekStart);
        Optional<WeekPlanEntity> stored = weeks.findByLifterIdAndWeekStart(lifterId, start);
        WeekPlan plan = stored.map(this::read).orElseGet(() -> WeekPlan.empty(start));
        return FixPreview.of(
                fixes(lifterId, plan, null), stored.map(WeekPlanEntity::version).orElse(PlannedWeek.NOT_SAVED));
    }

    /** Applies every finding's fix as one coordinated edit of the week (docs/adr/0014). */
    @Transactional
    public PlannedWeek applyAllSuggestions(@LifterId long lifterId, LocalDate weekStart, long expectedVersion) {
        return edit(lifterId, weekStart, expectedVersion, new PlanEdit.ApplyAllFixes());
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
        Set<Long> paused = safety.pausedAmong(lifterIds);
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
                            stored.map(e -> new PlannedWeek.LastChange(e.updatedBy(), e.updatedAt())),
                            paused.contains(lifterId)));
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

    /**
     * Every edit comes here. The edit is made on the version the caller saw (the stored one, or
     * for {@link #reapply} the revision kept of it), the difference is taken as a
     * {@link PlanChange}, and that change is applied to the week as stored now — so an edit that
     * went through is the same as before, and one replayed later changes only what it changed.
     */
    private PlannedWeek save(long lifterId, LocalDate weekStart, long baseVersion, boolean ontoLatest, PlanEdit edit) {
        SignedInAccount me = currentUser.require();
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.monday"));
        }
        // Paused means paused (domain §5): refused here, where every edit, fix and undo comes
        // through, so no screen or caller can get around it. Checked inside the edit's transaction;
        // a flag ticked at the same moment orders after the edit, as if the edit came first, and
        // the flag's own write reads no plan, so no write skew is possible.
        if (safety.planPaused(lifterId)) {
            throw new PlanPaused();
        }
        Optional<WeekPlanEntity> stored = weeks.findByLifterIdAndWeekStart(lifterId, weekStart);
        long currentVersion = stored.map(WeekPlanEntity::version).orElse(PlannedWeek.NOT_SAVED);
        WeekPlan current = stored.map(this::read).orElseGet(() -> WeekPlan.empty(weekStart));
        boolean stale = currentVersion != baseVersion;
        if (stale && !ontoLatest) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
        PlanChange change;
        if (edit instanceof PlanEdit.Undo undo) {
            change = undoing(lifterId, weekStart, me, undo.revision());
        } else {
            WeekPlan base = stale ? revision(lifterId, weekStart, baseVersion) : current;
            change = PlanChange.between(base, intended(lifterId, weekStart, me, base, edit));
        }
        WeekPlan after;
        try {
            after = change.applyTo(current).week();
        } catch (ChangeConflict conflict) {
            throw new ChangeConflict(Text.of(
                    edit instanceof PlanEdit.Undo
                            ? "domain.refused.plan.undoConflict"
                            : "domain.refused.plan.redoConflict",
                    conflict.reason()));
        }
        if (after.equals(current)) {
            return assemble(lifterId, current, stored, false);
        }
        requireTheLiftersExercises(lifterId, current, after);
        WeekPlanEntity entity = stored.orElseGet(() -> new WeekPlanEntity(lifterId, weekStart));
        String content = WeekDocument.write(after);
        Instant now = clock.instant();
        entity.store(content, me.id(), now);
        try {
            entity = weeks.saveAndFlush(entity);
            revisions.saveAndFlush(
                    new WeekPlanRevisionEntity(lifterId, weekStart, entity.version(), content, me.id(), now));
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException racedWithAnotherSave) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
        revisions.forgetOlderThan(lifterId, weekStart, entity.version() - KEPT_REVISIONS + 1);
        return assemble(lifterId, after, Optional.of(entity), false);
    }

    /**
     * A lifter's weeks hold built-in exercises and the own exercises of the lifter's coaches,
     * current or former — nothing else, whichever way the content came (an exercise picked, a
     * template, last week, an undo): never another coach's private exercise (a coach's saved
     * template may hold one from a former client's weeks), and never a slug nothing resolves
     * (which would make the stored week unreadable). A coach's exercise stays usable after the
     * coaching ended or the coach deleted it from the library, so undoing and copying never lose
     * what the lifter had (docs/adr/0013).
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

    /** What {@code edit} makes of {@code week}: the planner's pure edits, fed from our own records. */
    private WeekPlan intended(long lifterId, LocalDate weekStart, SignedInAccount me, WeekPlan week, PlanEdit edit) {
        String typedTitle = switch (edit) {
            case PlanEdit.AddSession add -> add.title();
            case PlanEdit.RenameSession rename -> rename.title();
            default -> null;
        };
        TypedText.problem(typedTitle).ifPresent(problem -> {
            throw new PlanEditRejected(problem);
        });
        try {
            return switch (edit) {
                case PlanEdit.AddSession add ->
                    WeekEdits.addSession(week, add.date(), add.kind(), add.title(), add.time());
                case PlanEdit.RenameSession rename ->
                    WeekEdits.renameSession(week, rename.sessionId(), rename.kind(), rename.title());
                case PlanEdit.RemoveSession remove -> WeekEdits.removeSession(week, remove.sessionId());
                case PlanEdit.SetSessionTime time -> WeekEdits.setSessionTime(week, time.sessionId(), time.time());
                case PlanEdit.MoveSession move ->
                    WeekEdits.moveSession(week, move.sessionId(), move.to(), Math.max(0, move.position()));
                case PlanEdit.AddExercise add -> {
                    // Through the catalogue, not the raw lookup: a coach's own exercises are only
                    // for that coach and their clients.
                    var exercise = catalogue
                            .find(add.exerciseSlug())
                            .orElseThrow(() -> new PlanEditRejected(NOT_IN_CATALOGUE));
                    yield WeekEdits.addPrescription(
                            week,
                            add.sessionId(),
                            add.block(),
                            Integer.MAX_VALUE,
                            Prescription.of("new", exercise, exercise.defaultDose()));
                }
                case PlanEdit.RemoveExercise remove -> WeekEdits.removePrescription(week, remove.prescriptionId());
                case PlanEdit.MoveExercise move ->
                    WeekEdits.movePrescription(
                            week,
                            move.prescriptionId(),
                            move.toSessionId(),
                            move.toBlock(),
                            Math.max(0, move.position()));
                case PlanEdit.ChangeDose change -> changedDose(week, change);
                case PlanEdit.CopyPreviousWeek copy ->
                    bringIn(week, previousWeekSessions(lifterId, weekStart), copy.existing());
                case PlanEdit.UseTemplate use ->
                    bringIn(week, templateSessions(weekStart, me, use.templateId()), use.existing());
                case PlanEdit.ApplyFix fix -> {
                    if (evaluate(lifterId, week).findings().stream().noneMatch(fix.finding()::matches)) {
                        throw new PlanEditRejected(Text.of("domain.refused.plan.findingGone"));
                    }
                    yield fixes(lifterId, week, fix.finding()).after();
                }
                case PlanEdit.ApplyAllFixes all -> fixes(lifterId, week, null).after();
                case PlanEdit.Undo undo -> throw new IllegalStateException("an undo is a change, not an edit");
            };
        } catch (PlanEditRejected rejected) {
            throw rejected;
        } catch (IllegalArgumentException invalid) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.invalid"), invalid);
        }
    }

    private static WeekPlan changedDose(WeekPlan week, PlanEdit.ChangeDose change) {
        Prescription current = WeekEdits.prescription(week, change.prescriptionId())
                .orElseThrow(() -> new PlanEditRejected(Text.of("domain.refused.plan.exerciseGone")));
        // Said in the planner's words: the record's own checks name ids, which mean nothing on screen.
        Double loadKg = change.loadKg();
        if (loadKg != null && !(loadKg >= 0.0 && loadKg <= Prescription.MAX_LOAD_KG)) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.loadRange", Prescription.MAX_LOAD_KG));
        }
        String note = change.note() == null ? "" : change.note().strip();
        if (note.length() > Prescription.MAX_NOTE_LENGTH) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.noteTooLong", Prescription.MAX_NOTE_LENGTH));
        }
        TypedText.problem(note).ifPresent(problem -> {
            throw new PlanEditRejected(problem);
        });
        if (change.dose() == null) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.dose"));
        }
        return WeekEdits.changePrescription(
                week, new Prescription(current.id(), current.exercise(), change.dose(), loadKg, change.effort(), note));
    }

    /** Sessions on their dates, added after what is planned, or instead of it. */
    private static WeekPlan bringIn(WeekPlan week, List<DatedSession> sessions, ExistingSessions existing) {
        WeekPlan result = existing == ExistingSessions.REPLACE ? WeekPlan.empty(week.weekStart()) : week;
        for (DatedSession dated : sessions) {
            result = WeekEdits.addSessionCopy(result, dated.date(), dated.session());
        }
        return result;
    }

    private record DatedSession(LocalDate date, Session session) {}

    private List<DatedSession> previousWeekSessions(long lifterId, LocalDate weekStart) {
        WeekPlan previous = weeks.findByLifterIdAndWeekStart(lifterId, weekStart.minusWeeks(1))
                .map(this::read)
                .orElseThrow(() -> new PlanEditRejected(Text.of("domain.refused.plan.noPreviousWeek")));
        return previous.days().stream()
                .flatMap(day -> day.sessions().stream()
                        .map(s -> new DatedSession(day.date().plusWeeks(1), s)))
                .toList();
    }

    /** A built-in template or one the caller saved: a template id someone else owns finds nothing. */
    private List<DatedSession> templateSessions(LocalDate weekStart, SignedInAccount me, String templateId) {
        WeekTemplate template = templates
                .find(templateId, me.id())
                .orElseThrow(() -> new PlanEditRejected(Text.of("domain.refused.plan.templateUnavailable")));
        return template.sessions().stream()
                .map(day -> new DatedSession(weekStart.with(TemporalAdjusters.nextOrSame(day.day())), day.session()))
                .toList();
    }

    /** The reverse of the caller's change that made {@code revision}: from that version back to the one before. */
    private PlanChange undoing(long lifterId, LocalDate weekStart, SignedInAccount me, long revision) {
        Map<Long, WeekPlanRevisionEntity> kept = new HashMap<>();
        revisions
                .findByLifterIdAndWeekStartAndVersionIn(lifterId, weekStart, List.of(revision - 1, revision))
                .forEach(r -> kept.put(r.version(), r));
        WeekPlanRevisionEntity made = kept.get(revision);
        if (made == null || (revision > 0 && !kept.containsKey(revision - 1))) {
            throw new PlanEditRejected(TOO_FAR_BACK);
        }
        if (made.changedBy() != me.id()) {
            throw new PlanEditRejected(Text.of("domain.refused.plan.notYourChange"));
        }
        WeekPlan before = revision == 0
                ? WeekPlan.empty(weekStart)
                : WeekDocument.read(kept.get(revision - 1).content(), exercises);
        return PlanChange.between(WeekDocument.read(made.content(), exercises), before);
    }

    /** The week as it was saved at {@code version} ({@link PlannedWeek#NOT_SAVED}: empty). */
    private WeekPlan revision(long lifterId, LocalDate weekStart, long version) {
        if (version == PlannedWeek.NOT_SAVED) {
            return WeekPlan.empty(weekStart);
        }
        return revisions.findByLifterIdAndWeekStartAndVersionIn(lifterId, weekStart, List.of(version)).stream()
                .findFirst()
                .map(r -> WeekDocument.read(r.content(), exercises))
                .orElseThrow(() -> new PlanEditRejected(SEEN_VERSION_GONE));
    }

    /** @param paused whether a red flag is open; an edit only gets here when it is not */
    private PlannedWeek assemble(long lifterId, WeekPlan plan, Optional<WeekPlanEntity> stored, boolean paused) {
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
                stored.map(e -> new PlannedWeek.LastChange(e.updatedBy(), e.updatedAt())),
                paused);
    }

    /**
     * What "Apply" ({@code finding}) or "Apply all" ({@code null}) does to {@code week}: one
     * coordinated plan within the limits of domain §3 (docs/adr/0014).
     */
    private FixPlan fixes(long lifterId, WeekPlan week, FindingRef finding) {
        TrainingProfile training = profiles.profileOf(lifterId);
        LifterProfile profile = TrainingTargets.profile(training);
        Targets targets = TrainingTargets.targets(training);
        WeekPlan previous = previousWeek(lifterId, week.weekStart());
        return finding == null
                ? fixes.planAll(week, previous, profile, targets)
                : fixes.planOne(week, previous, profile, targets, finding.rule(), finding.sessionIds());
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
