package org.upright.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.AccessCast.Actor;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.accountdata.DataExport;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.coaching.ClientSettingsService;
import org.upright.planner.coaching.CoachNoteService;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.FindingRef;
import org.upright.planner.plan.PlanEdit;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.TemplateService;
import org.upright.planner.plan.WeekPlanBatch;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.review.BulkJobStatus;
import org.upright.planner.review.BulkReviewJobs;
import org.upright.planner.review.ReviewAutoSend;
import org.upright.planner.review.ReviewMailing;
import org.upright.planner.review.ReviewNote;
import org.upright.planner.review.ReviewRhythms;
import org.upright.planner.review.ReviewService;

/**
 * Every operation on a lifter's data against every kind of caller: the lifter, the lifter's
 * current coach, another lifter, another coach, a former coach, and nobody signed in. The lifter
 * and their coach get through (coach-only operations: the coach only); everyone else is refused,
 * whatever id they pass.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final Set<Actor> OWNER_AND_COACH = EnumSet.of(Actor.OWNER, Actor.COACH);
    static final Set<Actor> COACH_ONLY = EnumSet.of(Actor.COACH);
    static final Set<Actor> OWNER_ONLY = EnumSet.of(Actor.OWNER);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    /** Where rows that remove something first add what they remove, away from the other rows' week. */
    static final LocalDate SPARE_WEEK = MONDAY.plusWeeks(5);

    record Operation(String name, Set<Actor> allowed, Function<AccessMatrixTest, Object> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    WeekPlanService plans;

    @Autowired
    ProfileService profiles;

    @Autowired
    TimeZoneService zones;

    @Autowired
    AccountService accounts;

    @Autowired
    TemplateService templates;

    @Autowired
    CoachNoteService notes;

    @Autowired
    ClientSettingsService clientSettings;

    @Autowired
    WeekPlanBatch batch;

    @Autowired
    ReviewService reviews;

    @Autowired
    CoachingService coaching;

    @Autowired
    BulkReviewJobs bulk;

    @Autowired
    Scheduler engine;

    @Autowired
    DataExport export;

    @Autowired
    ReviewRhythms rhythms;

    @Autowired
    ReviewMailing mailing;

    @Autowired
    ReviewAutoSend autoSend;

    AccessCast cast;
    AccountSummary owner;
    AccountSummary coach;

    @BeforeAll
    void people() {
        cast = AccessCast.create(people);
        owner = cast.owner;
        coach = cast.coach;
        people.as(owner, () -> {
            PlannedWeek week = plans.addSession(
                    owner.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Owner's session");
            plans.addExercise(
                    owner.id(), MONDAY, week.version(), firstSession(week), BlockType.MAIN, CatalogSlugs.BENCH_PRESS);
        });
    }

    static Stream<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        ops.add(op("read a week", OWNER_AND_COACH, t -> t.plans.week(t.owner.id(), MONDAY)));
        ops.add(op("read weeks", OWNER_AND_COACH, t -> t.plans.weeks(t.owner.id(), MONDAY, MONDAY)));
        ops.add(op("read weeks in bulk", OWNER_AND_COACH, t -> t.plans.weeksFor(List.of(t.owner.id()), MONDAY)));
        ops.add(op("read last changes", OWNER_AND_COACH, t -> t.plans.lastPlanChanges(List.of(t.owner.id()))));
        ops.add(op(
                "add a session",
                OWNER_AND_COACH,
                t -> t.plans.addSession(
                        t.owner.id(), MONDAY, t.version(), MONDAY.plusDays(1), SessionKind.MOBILITY, "Extra")));
        ops.add(op(
                "rename a session",
                OWNER_AND_COACH,
                t -> t.plans.renameSession(
                        t.owner.id(), MONDAY, t.version(), t.sessionId(), SessionKind.STRENGTH, "Renamed")));
        ops.add(op("remove a session", OWNER_AND_COACH, t -> {
            String session = t.spareSession();
            return t.plans.removeSession(t.owner.id(), SPARE_WEEK, t.versionOf(SPARE_WEEK), session);
        }));
        ops.add(op(
                "move a session",
                OWNER_AND_COACH,
                t -> t.plans.moveSession(t.owner.id(), MONDAY, t.version(), t.sessionId(), MONDAY, 0)));
        ops.add(op(
                "add an exercise",
                OWNER_AND_COACH,
                t -> t.plans.addExercise(
                        t.owner.id(),
                        MONDAY,
                        t.version(),
                        t.sessionId(),
                        BlockType.ACCESSORY,
                        CatalogSlugs.FACE_PULL)));
        ops.add(op("remove an exercise", OWNER_AND_COACH, t -> {
            String line = t.spareLine();
            return t.plans.removePrescription(t.owner.id(), SPARE_WEEK, t.versionOf(SPARE_WEEK), line);
        }));
        ops.add(op(
                "change a dose",
                OWNER_AND_COACH,
                t -> t.plans.changePrescription(
                        t.owner.id(), MONDAY, t.version(), t.prescriptionId(), Dose.reps(3, 5), null, null, "")));
        ops.add(op(
                "move an exercise",
                OWNER_AND_COACH,
                t -> t.plans.movePrescription(
                        t.owner.id(), MONDAY, t.version(), t.prescriptionId(), t.sessionId(), BlockType.MAIN, 0)));
        ops.add(op(
                "apply a template",
                OWNER_AND_COACH,
                t -> t.plans.applyTemplate(
                        t.owner.id(),
                        MONDAY.plusWeeks(3),
                        t.versionOf(MONDAY.plusWeeks(3)),
                        BuiltInTemplates.BACK_CARE_ROUTINE,
                        ExistingSessions.KEEP)));
        ops.add(op(
                "copy the previous week",
                OWNER_AND_COACH,
                t -> t.plans.copyPreviousWeek(
                        t.owner.id(),
                        MONDAY.plusWeeks(1),
                        t.versionOf(MONDAY.plusWeeks(1)),
                        ExistingSessions.REPLACE)));
        ops.add(op(
                "apply one fix",
                OWNER_AND_COACH,
                t -> t.plans.applySuggestions(t.owner.id(), MONDAY, t.version(), t.anyFinding())));
        ops.add(op("preview all fixes", OWNER_AND_COACH, t -> t.plans.previewAllFixes(t.owner.id(), MONDAY)));
        ops.add(op(
                "apply all fixes",
                OWNER_AND_COACH,
                t -> t.plans.applyAllSuggestions(t.owner.id(), MONDAY, t.version())));
        ops.add(op(
                "make an edit",
                OWNER_AND_COACH,
                t -> t.plans.edit(
                        t.owner.id(),
                        MONDAY,
                        t.version(),
                        new PlanEdit.RenameSession(t.sessionId(), SessionKind.STRENGTH, "Edited"))));
        ops.add(op(
                "apply a change again",
                OWNER_AND_COACH,
                t -> t.plans.reapply(
                        t.owner.id(),
                        MONDAY,
                        t.version(),
                        new PlanEdit.RenameSession(t.sessionId(), SessionKind.STRENGTH, "Again"))));
        ops.add(op("undo one's own change", OWNER_AND_COACH, t -> {
            long revision = t.revisionMadeByCaller();
            return t.plans.undo(t.owner.id(), MONDAY, revision, revision);
        }));
        ops.add(op(
                "read stored weeks of many lifters",
                OWNER_AND_COACH,
                t -> t.batch.weeks(List.of(t.owner.id()), MONDAY, MONDAY)));
        ops.add(op("read the review", OWNER_AND_COACH, t -> t.reviews.review(t.owner.id(), null, 4)));
        ops.add(op(
                "write the review's note",
                COACH_ONLY,
                t -> t.reviews.saveNote(t.owner.id(), MONDAY, "Well done", t.reviewNoteVersion())));
        ops.add(op("read the lifter's coaches", OWNER_AND_COACH, t -> t.coaching.coachesOf(t.owner.id())));
        ops.add(op("name clients by id", COACH_ONLY, t -> t.coaching.clientsById(List.of(t.owner.id()))));
        ops.add(op("end the coaching", COACH_ONLY, AccessMatrixTest::endTheCoachingAndStartAgain));
        ops.add(op("prepare the reviews of clients", COACH_ONLY, AccessMatrixTest::startBulkReviewsAndCancel));
        ops.add(op("read the profile", OWNER_AND_COACH, t -> t.profiles.profileOf(t.owner.id())));
        ops.add(op("read profiles in bulk", OWNER_AND_COACH, t -> t.profiles.profilesOf(List.of(t.owner.id()))));
        ops.add(op(
                "read the profiles in force per week",
                OWNER_AND_COACH,
                t -> t.profiles.profilesInForce(t.owner.id(), List.of(MONDAY))));
        ops.add(op("read whether coached", OWNER_AND_COACH, t -> t.profiles.hasCoach(t.owner.id())));
        ops.add(op("read the lifter's language", OWNER_AND_COACH, t -> t.profiles.languageOf(t.owner.id())));
        ops.add(op("read the lifter's today", OWNER_AND_COACH, t -> t.zones.todayOf(t.owner.id())));
        ops.add(op("read the lifter's time zone", OWNER_AND_COACH, t -> t.zones.zoneOf(t.owner.id())));
        ops.add(op(
                "change the profile",
                OWNER_AND_COACH,
                t -> t.profiles.update(
                        t.owner.id(), new TrainingProfile(true, Set.of(), null, null, t.profileVersion()))));
        ops.add(op("read the lifter's name", OWNER_AND_COACH, t -> t.accounts.lifter(t.owner.id())));
        ops.add(op(
                "keep the week as a template",
                COACH_ONLY,
                t -> t.templates.saveWeekAsTemplate(t.owner.id(), MONDAY, "Kept", true)));
        ops.add(op("read the coach's private note", COACH_ONLY, t -> t.notes.noteAbout(t.owner.id())));
        ops.add(op(
                "write the coach's private note",
                COACH_ONLY,
                t -> t.notes.save(t.owner.id(), "private", t.noteVersion())));
        ops.add(op(
                "save the client's targets and note together",
                COACH_ONLY,
                t -> t.clientSettings.save(
                        t.owner.id(),
                        new TrainingProfile(true, Set.of(), null, null, t.profileVersion()),
                        "private",
                        t.noteVersion())));
        ops.add(op("read review schedules", OWNER_AND_COACH, t -> t.rhythms.schedules(List.of(t.owner.id()))));
        ops.add(op("set the review rhythm", COACH_ONLY, t -> t.rhythms.setRhythm(t.owner.id(), 5)));
        ops.add(op("ask who sends the review", OWNER_AND_COACH, t -> t.mailing.maySend(t.owner.id())));
        // the owner has a coach, who sends their reviews
        ops.add(op("e-mail the review", COACH_ONLY, t -> t.mailing.send(t.owner.id(), null, 4, null)));
        ops.add(op("read the auto-send day", OWNER_AND_COACH, t -> t.autoSend.day(t.owner.id())));
        ops.add(op(
                "set the auto-send day", COACH_ONLY, t -> t.autoSend.setDay(t.owner.id(), java.time.DayOfWeek.MONDAY)));
        ops.add(op("download the lifter's data", OWNER_ONLY, t -> {
            t.export.export(t.owner.id(), "A4", java.util.Locale.ENGLISH, java.io.OutputStream.nullOutputStream());
            return null;
        }));
        return ops.stream();
    }

    static Stream<Arguments> matrix() {
        return operations().flatMap(op -> Stream.of(Actor.values()).map(actor -> Arguments.of(op, actor)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheLifterAndTheirCurrentCoachGetThrough(Operation operation, Actor actor) {
        cast.check(
                actor,
                operation.allowed(),
                operation.name(),
                () -> operation.call().apply(this));
    }

    /**
     * Derived from the code: the rows must exercise exactly the lifter-scoped public bean methods
     * outside the journal and safety (which {@code JournalAccessMatrixTest} covers). A new method
     * without a row, or a row that no longer reaches its method, fails here.
     */
    @Test
    void everyLifterScopedMethodHasARow() {
        Set<String> exercised = new TreeSet<>();
        operations()
                .forEach(op -> exercised.add(
                        cast.targetOf(op.name(), op.allowed(), () -> op.call().apply(this))));

        assertThat(exercised)
                .containsExactlyInAnyOrderElementsOf(AccessCast.lifterScopedMethods(
                        context, feature -> !AccessCast.JOURNAL_FEATURES.contains(feature)));
    }

    private static Operation op(String name, Set<Actor> allowed, Function<AccessMatrixTest, Object> call) {
        return new Operation(name, allowed, call);
    }

    // Current state is read as the owner, so that the operation under test is the only call made
    // as the actor: a refusal can only come from that operation.
    PlannedWeek currentPlan() {
        return people.as(owner, () -> plans.week(owner.id(), MONDAY));
    }

    long version() {
        return currentPlan().version();
    }

    /**
     * A change of the week made by whoever is calling, when they may make one (the owner or the
     * coach); for anyone else, the owner's latest, which they must not be able to undo either.
     */
    long revisionMadeByCaller() {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        long caller =
                signedIn != null && signedIn.getPrincipal() instanceof SignedInAccount account ? account.id() : -1;
        AccountSummary maker = caller == coach.id() ? coach : owner;
        return people.as(
                        maker,
                        () -> plans.renameSession(
                                owner.id(), MONDAY, version(), sessionId(), SessionKind.STRENGTH, "By " + caller))
                .version();
    }

    long versionOf(LocalDate monday) {
        return people.as(owner, () -> plans.week(owner.id(), monday)).version();
    }

    String sessionId() {
        return firstSession(currentPlan());
    }

    String prescriptionId() {
        return currentPlan()
                .plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .findFirst()
                .orElseThrow()
                .id();
    }

    /**
     * A finding with a fix, as the screen would name it; once the owner and the coach have applied
     * the fixes (one "Apply" now fixes a finding completely), a reference to one that is gone —
     * refused by the service, but only after the access check this matrix is about.
     */
    FindingRef anyFinding() {
        PlannedWeek week = currentPlan();
        return week.report().findings().stream()
                .filter(f -> !f.suggestions().isEmpty())
                .findFirst()
                .map(FindingRef::of)
                .orElse(new FindingRef(RuleId.PUSH_PULL_RATIO, List.of()));
    }

    /** A new session in the spare week, added as the owner. */
    String spareSession() {
        return people.as(owner, () -> {
            PlannedWeek week = plans.week(owner.id(), SPARE_WEEK);
            LocalDate day = week.plan().dates().stream()
                    .filter(week.plan()::hasRoomOn)
                    .findFirst()
                    .orElseThrow();
            PlannedWeek added =
                    plans.addSession(owner.id(), SPARE_WEEK, week.version(), day, SessionKind.MOBILITY, "Spare");
            return added.plan()
                    .sessions()
                    .filter(s -> week.plan().session(s.id()).isEmpty())
                    .findFirst()
                    .orElseThrow()
                    .id();
        });
    }

    /** A new line in a new session of the spare week, added as the owner. */
    String spareLine() {
        String session = spareSession();
        return people.as(owner, () -> {
            PlannedWeek added = plans.addExercise(
                    owner.id(),
                    SPARE_WEEK,
                    versionOf(SPARE_WEEK),
                    session,
                    BlockType.MAIN,
                    CatalogSlugs.THORACIC_ROTATION);
            return added.plan()
                    .session(session)
                    .orElseThrow()
                    .prescriptions()
                    .findFirst()
                    .orElseThrow()
                    .id();
        });
    }

    long reviewNoteVersion() {
        return people.as(coach, () -> reviews.review(owner.id(), MONDAY, 4))
                .note()
                .map(ReviewNote::version)
                .orElse(ReviewNote.NEVER_SAVED);
    }

    /** Ends the coaching; when that worked, the coach takes the lifter on again for the other rows. */
    Object endTheCoachingAndStartAgain() {
        coaching.endWithClient(owner.id());
        people.coaches(coach, owner, false);
        return null;
    }

    /**
     * Starts a bulk review job; when that worked, the coach cancels and clears it at once, so the
     * next row may start one again (a coach has one job at a time). The engine waits meanwhile.
     */
    Object startBulkReviewsAndCancel() {
        engine.pause();
        try {
            BulkJobStatus started = bulk.start(List.of(owner.id()), null, 4, "A4");
            people.as(coach, () -> {
                bulk.cancel();
                bulk.dismiss();
            });
            return started;
        } finally {
            engine.resume();
        }
    }

    long profileVersion() {
        return people.as(owner, () -> profiles.profileOf(owner.id())).version();
    }

    long noteVersion() {
        return people.as(coach, () -> notes.noteAbout(owner.id())).version();
    }

    private static String firstSession(PlannedWeek week) {
        return week.plan().sessions().findFirst().orElseThrow().id();
    }
}
