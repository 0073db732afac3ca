package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.upright.planner.AccessCast;
import org.upright.planner.AccessCast.Actor;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.review.ReviewSources;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.safety.SafetyRecords;
import org.upright.planner.safety.SafetyService;

/**
 * Every journal and safety operation against every kind of caller: the lifter, their current
 * coach, another lifter, another coach, a former coach, nobody signed in. Reading: the lifter and
 * their coach. Writing: the lifter alone. Everyone else is refused whatever id they pass.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalAccessMatrixTest {

    static final Set<Actor> READERS = EnumSet.of(Actor.OWNER, Actor.COACH);
    static final Set<Actor> OWNER_ONLY = EnumSet.of(Actor.OWNER);

    record Operation(String name, Set<Actor> allowed, Function<JournalAccessMatrixTest, Object> call) {
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
    JournalFixtures fixtures;

    @Autowired
    SessionLogService logs;

    @Autowired
    CheckInService checkIns;

    @Autowired
    HabitService habits;

    @Autowired
    JournalService journal;

    @Autowired
    SafetyService safety;

    @Autowired
    SafetyRecords safetyRecords;

    @Autowired
    ReviewSources reviewSources;

    AccessCast cast;
    AccountSummary owner;
    AccountSummary coach;
    String sessionId;
    int spareLogs;

    static LocalDate week() {
        return JournalFixtures.thisWeek();
    }

    @BeforeAll
    void people() {
        cast = AccessCast.create(people);
        owner = cast.owner;
        coach = cast.coach;
        PlannedWeek planned = fixtures.planSession(owner, week(), "Rows");
        sessionId = JournalFixtures.sessionId(planned, "Rows");
        people.as(owner, () -> habits.chooseHabits(owner.id(), List.of(Habit.MOVEMENT_BREAK.label()), HabitBlock.NONE));
    }

    static Stream<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        ops.add(op("read the week's logs", READERS, t -> t.logs.week(t.owner.id(), week())));
        ops.add(op("read the overview", READERS, t -> t.journal.overview(t.owner.id(), 4)));
        ops.add(op("read the records", READERS, t -> t.journal.records(t.owner.id(), week(), week())));
        ops.add(op("read the advice", READERS, t -> t.journal.advice(t.owner.id())));
        ops.add(op("read the routine card", READERS, t -> t.journal.routine(t.owner.id())));
        ops.add(op("read check-ins", READERS, t -> t.checkIns.checkIns(t.owner.id(), week(), LocalDate.now())));
        ops.add(op(
                "ask whether the checklist is due",
                READERS,
                t -> t.checkIns.checklistDue(t.owner.id(), LocalDate.now(), 3, "")));
        ops.add(op(
                "ask whether the checklist was answered", READERS, t -> t.checkIns.hasAnsweredChecklist(t.owner.id())));
        ops.add(op("read habits", READERS, t -> t.habits.progress(t.owner.id())));
        ops.add(op("assess safety", READERS, t -> t.safety.assess(t.owner.id())));
        ops.add(op("assess safety in bulk", READERS, t -> t.safety.assessAll(List.of(t.owner.id()))));
        ops.add(op("read wellbeing in bulk", READERS, t -> t.safety.wellbeingOfAll(List.of(t.owner.id()))));
        ops.add(op(
                "read the safety history",
                READERS,
                t -> t.safetyRecords.histories(List.of(t.owner.id()), week(), LocalDate.now())));
        ops.add(op("ask whether the plan is paused", READERS, t -> t.safety.planPaused(t.owner.id())));
        ops.add(op("ask which plans are paused", READERS, t -> t.safety.pausedAmong(List.of(t.owner.id()))));
        ops.add(op("read the red-flag history", READERS, t -> t.safetyRecords.redFlagHistories(List.of(t.owner.id()))));
        ops.add(op("read the review records", READERS, t -> t.reviewSources.records(t.owner.id(), week(), week())));
        ops.add(op(
                "mark done",
                OWNER_ONLY,
                t -> t.logs.markDoneAsPlanned(t.owner.id(), week(), t.sessionId, t.logVersion())));
        ops.add(op(
                "mark done with details",
                OWNER_ONLY,
                t -> t.logs.markDone(
                        t.owner.id(),
                        week(),
                        t.sessionId,
                        t.logVersion(),
                        new DoneDetails(week(), 6, List.of(), "Felt good"))));
        ops.add(op("take back a log", OWNER_ONLY, t -> {
            LoggedSession spare = t.spareLog();
            t.logs.remove(t.owner.id(), spare.id(), spare.version());
            return spare;
        }));
        ops.add(op(
                "mark skipped",
                OWNER_ONLY,
                t -> t.logs.markSkipped(t.owner.id(), week(), t.sessionId, t.logVersion(), week(), "")));
        ops.add(op(
                "log an unplanned session",
                OWNER_ONLY,
                t -> t.logs.logUnplanned(t.owner.id(), week(), SessionKind.MOBILITY, "Stretch", null, "")));
        ops.add(op(
                "check in",
                OWNER_ONLY,
                t -> t.checkIns.checkIn(t.owner.id(), PainEntry.of(LocalDate.now(), PainTiming.AFTER, 2), Set.of())));
        ops.add(op(
                "answer the checklist",
                OWNER_ONLY,
                t -> t.checkIns.answerRedFlags(t.owner.id(), Set.of(), RedFlagCheckReason.SIGN_UP)));
        ops.add(op("record a clearance", OWNER_ONLY, t -> {
            t.flagAsOwner();
            return t.checkIns.recordClearance(t.owner.id(), LocalDate.now(), "");
        }));
        ops.add(op(
                "choose habits",
                OWNER_ONLY,
                t -> t.habits.chooseHabits(t.owner.id(), List.of(Habit.STAND_ON_CALLS.label()), t.habitVersion())));
        ops.add(op(
                "tick a habit", OWNER_ONLY, t -> t.habits.tick(t.owner.id(), t.firstHabit(), LocalDate.now(), true)));
        return ops.stream();
    }

    static Stream<Arguments> matrix() {
        return operations().flatMap(op -> Stream.of(Actor.values()).map(actor -> Arguments.of(op, actor)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheRightPeopleGetThrough(Operation operation, Actor actor) {
        cast.check(
                actor,
                operation.allowed(),
                operation.name(),
                () -> operation.call().apply(this));
    }

    /**
     * Derived from the code: the rows must exercise exactly the lifter-scoped public bean methods
     * of the journal and safety features (the other matrix covers the rest). A new method without
     * a row, or a row that no longer reaches its method, fails here.
     */
    @Test
    void everyLifterScopedMethodHasARow() {
        Set<String> exercised = new TreeSet<>();
        operations()
                .forEach(op -> exercised.add(
                        cast.targetOf(op.name(), op.allowed(), () -> op.call().apply(this))));

        assertThat(exercised)
                .containsExactlyInAnyOrderElementsOf(
                        AccessCast.lifterScopedMethods(context, AccessCast.JOURNAL_FEATURES::contains));
    }

    private static Operation op(String name, Set<Actor> allowed, Function<JournalAccessMatrixTest, Object> call) {
        return new Operation(name, allowed, call);
    }

    // State is read or prepared as the owner, so the operation under test is the only call made as
    // the actor: a refusal can only come from that operation.
    long logVersion() {
        return people.as(owner, () -> logs.week(owner.id(), week())).stream()
                .filter(l -> sessionId.equals(l.sessionId()))
                .map(LoggedSession::version)
                .findFirst()
                .orElse(LoggedSession.NOT_LOGGED);
    }

    long habitVersion() {
        return people.as(owner, () -> habits.progress(owner.id()))
                .map(p -> p.block().version())
                .orElse(HabitBlock.NONE);
    }

    /** An extra session logged as the owner, each on a day of its own (a day takes only a few). */
    LoggedSession spareLog() {
        LocalDate day = LocalDate.now().minusDays(40 + spareLogs++);
        return people.as(owner, () -> logs.logUnplanned(owner.id(), day, SessionKind.MOBILITY, "Spare", null, ""));
    }

    String firstHabit() {
        return people.as(owner, () -> habits.progress(owner.id()))
                .orElseThrow()
                .block()
                .habits()
                .getFirst();
    }

    void flagAsOwner() {
        people.as(
                owner, () -> checkIns.answerRedFlags(owner.id(), Set.of(RedFlag.FEVER), RedFlagCheckReason.HIGH_PAIN));
    }
}
