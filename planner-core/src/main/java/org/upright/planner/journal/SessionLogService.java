package org.upright.planner.journal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.UserToday;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;
import org.upright.planner.journal.internal.SessionLogEntity;
import org.upright.planner.journal.internal.SessionLogRepository;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;

/**
 * Logging sessions (domain §4): a planned session done (with as much or as little detail as the
 * lifter likes) or skipped, and sessions done without a plan. Only the lifter writes their log;
 * their coach reads it. A log is changed or removed only from the version the caller read, so two
 * tabs (or a phone and a laptop) never overwrite each other silently.
 */
@Service
public class SessionLogService {

    static final Text CHANGED_ELSEWHERE = Text.of("domain.refused.stale.sessionLog");

    /** More than this in a day is a typing accident, not training. */
    public static final int MAX_UNPLANNED_PER_DAY = 4;

    public static final int MAX_NOTE_LENGTH = 500;

    private final SessionLogRepository logs;
    private final JournalReads reads;
    private final WeekPlanService plans;
    private final Clock clock;
    private final UserToday userToday;

    SessionLogService(
            SessionLogRepository logs, JournalReads reads, WeekPlanService plans, Clock clock, UserToday userToday) {
        this.logs = logs;
        this.reads = reads;
        this.plans = plans;
        this.clock = clock;
        this.userToday = userToday;
    }

    /** Every log of the week starting {@code weekStart} (planned and unplanned), by date. */
    @Transactional(readOnly = true)
    public List<LoggedSession> week(@LifterId long lifterId, LocalDate weekStart) {
        requireMonday(weekStart);
        return reads.logs(lifterId, weekStart, weekStart);
    }

    /**
     * One tap: the session done as planned, today when today is in the session's week, otherwise
     * on the day it was planned for.
     */
    @Transactional
    public LoggedSession markDoneAsPlanned(
            @LifterId(Who.LIFTER_ONLY) long lifterId, LocalDate weekStart, String sessionId, long expectedVersion) {
        PlannedSession planned = planned(lifterId, weekStart, sessionId);
        LocalDate today = userToday.today(lifterId);
        LocalDate date = inWeek(today, weekStart) ? today : planned.date();
        return write(lifterId, planned, expectedVersion, LogStatus.DONE, DoneDetails.asPlanned(date));
    }

    /** The session done, with the details the lifter gave (date, effort, actual sets, note). */
    @Transactional
    public LoggedSession markDone(
            @LifterId(Who.LIFTER_ONLY) long lifterId,
            LocalDate weekStart,
            String sessionId,
            long expectedVersion,
            DoneDetails details) {
        PlannedSession planned = planned(lifterId, weekStart, sessionId);
        requireKnownPrescriptions(planned.session(), details.actuals());
        return write(lifterId, planned, expectedVersion, LogStatus.DONE, details);
    }

    /** The session skipped, with the lifter's reason (may be empty). */
    @Transactional
    public LoggedSession markSkipped(
            @LifterId(Who.LIFTER_ONLY) long lifterId,
            LocalDate weekStart,
            String sessionId,
            long expectedVersion,
            LocalDate date,
            String reason) {
        PlannedSession planned = planned(lifterId, weekStart, sessionId);
        return write(
                lifterId, planned, expectedVersion, LogStatus.SKIPPED, new DoneDetails(date, null, List.of(), reason));
    }

    /** A session that was not in the plan: a walk, a class, an extra routine. */
    @Transactional
    public LoggedSession logUnplanned(
            @LifterId(Who.LIFTER_ONLY) long lifterId,
            LocalDate date,
            SessionKind kind,
            String title,
            Integer sessionRpe,
            String note) {
        if (kind == null) {
            throw new JournalEntryRejected(JournalEntryRejected.KIND, Text.of("domain.refused.journal.kind"));
        }
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > Session.MAX_TITLE_LENGTH) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.TITLE, Text.of("domain.refused.journal.title", Session.MAX_TITLE_LENGTH));
        }
        TypedText.problem(name).ifPresent(problem -> {
            throw new JournalEntryRejected(JournalEntryRejected.TITLE, problem);
        });
        requireNotFuture(lifterId, date);
        if (logs.countByLifterIdAndLogDateAndStatus(lifterId, date, LogStatus.UNPLANNED) >= MAX_UNPLANNED_PER_DAY) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.FORM,
                    Text.of("domain.refused.journal.tooManyUnplanned", MAX_UNPLANNED_PER_DAY));
        }
        SessionLogEntity entity = new SessionLogEntity(lifterId, Weeks.startOf(date), null, kind, name);
        entity.record(
                LogStatus.UNPLANNED,
                date,
                requireRpe(sessionRpe),
                requireNote(note),
                JournalReads.actualsJson(List.of()),
                clock.instant());
        return JournalReads.logged(logs.saveAndFlush(entity));
    }

    /** Takes a log back (the screen's undo), from the version the caller read. */
    @Transactional
    public void remove(@LifterId(Who.LIFTER_ONLY) long lifterId, long logId, long expectedVersion) {
        SessionLogEntity entity = logs.findById(logId)
                .filter(e -> e.lifterId() == lifterId)
                .orElseThrow(() -> new StaleEditException(CHANGED_ELSEWHERE));
        if (entity.version() != expectedVersion) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
        logs.delete(entity);
        try {
            logs.flush();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
    }

    private LoggedSession write(
            long lifterId, PlannedSession planned, long expectedVersion, LogStatus status, DoneDetails details) {
        LocalDate date = details.date();
        if (date == null) {
            throw new JournalEntryRejected(JournalEntryRejected.DATE, Text.of("domain.refused.journal.day"));
        }
        if (!inWeek(date, planned.weekStart())) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.DATE,
                    Text.of(
                            "domain.refused.journal.dayInWeek",
                            planned.weekStart(),
                            planned.weekStart().plusDays(6)));
        }
        requireNotFuture(lifterId, date);
        Integer rpe = requireRpe(details.sessionRpe());
        String note = requireNote(details.note());
        SessionLogEntity existing = logs.findByLifterIdAndWeekStartAndSessionId(
                        lifterId, planned.weekStart(), planned.session().id())
                .orElse(null);
        long current = existing == null ? LoggedSession.NOT_LOGGED : existing.version();
        if (current != expectedVersion) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
        SessionLogEntity entity = existing != null
                ? existing
                : new SessionLogEntity(
                        lifterId,
                        planned.weekStart(),
                        planned.session().id(),
                        planned.session().kind(),
                        planned.session().title());
        entity.record(status, date, rpe, note, JournalReads.actualsJson(details.actuals()), clock.instant());
        try {
            return JournalReads.logged(logs.saveAndFlush(entity));
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new StaleEditException(CHANGED_ELSEWHERE);
        }
    }

    private PlannedSession planned(long lifterId, LocalDate weekStart, String sessionId) {
        requireMonday(weekStart);
        WeekPlan plan = plans.weeks(lifterId, weekStart, weekStart).stream()
                .findFirst()
                .orElseGet(() -> WeekPlan.empty(weekStart));
        for (PlanDay day : plan.days()) {
            for (Session session : day.sessions()) {
                if (session.id().equals(sessionId)) {
                    return new PlannedSession(weekStart, day.date(), session);
                }
            }
        }
        throw new JournalEntryRejected(JournalEntryRejected.SESSION, Text.of("domain.refused.journal.sessionGone"));
    }

    private static void requireKnownPrescriptions(Session session, List<ActualSet> actuals) {
        Set<String> seen = new HashSet<>();
        for (ActualSet actual : actuals) {
            boolean known = session.prescriptions().anyMatch(p -> p.id().equals(actual.prescriptionId()));
            if (!known || !seen.add(actual.prescriptionId())) {
                throw new JournalEntryRejected(
                        JournalEntryRejected.ACTUALS, Text.of("domain.refused.journal.exercisesChanged"));
            }
        }
    }

    private void requireNotFuture(long lifterId, LocalDate date) {
        if (date == null) {
            throw new JournalEntryRejected(JournalEntryRejected.DATE, Text.of("domain.refused.journal.day"));
        }
        if (date.isAfter(userToday.today(lifterId))) {
            throw new JournalEntryRejected(JournalEntryRejected.DATE, Text.of("domain.refused.journal.future"));
        }
    }

    private static Integer requireRpe(Integer rpe) {
        if (rpe != null && (rpe < 1 || rpe > 10)) {
            throw new JournalEntryRejected(JournalEntryRejected.RPE, Text.of("domain.refused.journal.rpe"));
        }
        return rpe;
    }

    private static String requireNote(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new JournalEntryRejected(
                    JournalEntryRejected.NOTE, Text.of("domain.refused.journal.noteTooLong", MAX_NOTE_LENGTH));
        }
        TypedText.problem(text).ifPresent(problem -> {
            throw new JournalEntryRejected(JournalEntryRejected.NOTE, problem);
        });
        return text;
    }

    private static void requireMonday(LocalDate weekStart) {
        if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new JournalEntryRejected(JournalEntryRejected.FORM, Text.of("domain.refused.journal.monday"));
        }
    }

    private static boolean inWeek(LocalDate date, LocalDate weekStart) {
        return !date.isBefore(weekStart) && !date.isAfter(weekStart.plusDays(6));
    }

    private record PlannedSession(LocalDate weekStart, LocalDate date, Session session) {}
}
