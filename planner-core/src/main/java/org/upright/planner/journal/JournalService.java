package org.upright.planner.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.account.UserToday;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.LifterId;
import org.upright.planner.exercise.StoredExercises;
import org.upright.planner.journal.internal.HabitTickEntity;
import org.upright.planner.journal.internal.HabitTickRepository;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.TrainingTargets;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.review.Recommendation;
import org.upright.planner.review.ReviewCalculator;
import org.upright.planner.review.ReviewInput;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.review.SessionLog;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.PainTally;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.WeeklyAdherence;

/**
 * Reading the journal: the overview for the journal screen, the records the 4–6 week review is
 * computed from, the "what next" advice and the routine for the printable card. The lifter and
 * their current coach may read; nobody else, by any route.
 */
@Service
public class JournalService {

    /** A review covers at most six weeks; twelve leaves room for comparing two. */
    public static final int MAX_RECORD_WEEKS = 12;

    private final JournalReads reads;
    private final HabitTickRepository ticks;
    private final WeekPlanService plans;
    private final ProfileService profiles;
    private final ReviewCalculator calculator;
    private final UserToday userToday;

    JournalService(
            JournalReads reads,
            HabitTickRepository ticks,
            WeekPlanService plans,
            ProfileService profiles,
            StoredExercises exercises,
            UserToday userToday) {
        this.reads = reads;
        this.ticks = ticks;
        this.plans = plans;
        this.profiles = profiles;
        this.calculator = new ReviewCalculator(exercises.asLookup());
        this.userToday = userToday;
    }

    /** The last {@code weeks} weeks (2–4, this one included): pain per day, adherence, notes. */
    @Transactional(readOnly = true)
    public JournalOverview overview(@LifterId long lifterId, int weeks) {
        if (weeks < JournalOverview.MIN_WEEKS || weeks > JournalOverview.MAX_WEEKS) {
            throw new IllegalArgumentException("the journal shows 2 to 4 weeks, not " + weeks);
        }
        LocalDate today = userToday.today(lifterId);
        LocalDate thisWeek = Weeks.startOf(today);
        LocalDate from = thisWeek.minusWeeks(weeks - 1L);
        List<PainCheckIn> checkIns = reads.checkIns(lifterId, from, today);
        List<LoggedSession> logs = reads.logs(lifterId, from, thisWeek);
        List<WeeklyAdherence> adherence =
                JournalSafetyRecords.adherence(plans.weeks(lifterId, from, thisWeek), logs, from, today);
        return new JournalOverview(from, today, days(from, today, checkIns), adherence, notes(checkIns, logs));
    }

    /**
     * Everything the review calculator needs about the weeks from {@code fromWeek} to {@code toWeek}
     * (Mondays, at most {@value #MAX_RECORD_WEEKS} weeks): plans, logs, pain, habit ticks, every
     * red-flag check and clearance, adherence. See {@link JournalRecords}.
     */
    @Transactional(readOnly = true)
    public JournalRecords records(@LifterId long lifterId, LocalDate fromWeek, LocalDate toWeek) {
        if (fromWeek.getDayOfWeek() != DayOfWeek.MONDAY || toWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("weeks start on a Monday");
        }
        if (toWeek.isBefore(fromWeek) || fromWeek.plusWeeks(MAX_RECORD_WEEKS).isBefore(toWeek.plusWeeks(1))) {
            throw new IllegalArgumentException("between 1 and " + MAX_RECORD_WEEKS + " weeks, oldest first");
        }
        LocalDate today = userToday.today(lifterId);
        LocalDate lastDay = toWeek.plusDays(6);
        List<WeekPlan> weekPlans = allWeeks(plans.weeks(lifterId, fromWeek, toWeek), fromWeek, toWeek);
        List<LoggedSession> logs = reads.logs(lifterId, fromWeek, toWeek);
        List<SessionLog> sessionLogs = new ArrayList<>();
        for (WeekPlan plan : weekPlans) {
            sessionLogs.addAll(ReviewLogs.of(
                    plan,
                    logs.stream()
                            .filter(l -> l.weekStart().equals(plan.weekStart()))
                            .toList()));
        }
        List<WeeklyAdherence> adherence = new ArrayList<>();
        for (WeekPlan plan : weekPlans) {
            adherence.add(ReviewLogs.adherence(
                    plan,
                    logs.stream()
                            .filter(l -> l.weekStart().equals(plan.weekStart()))
                            .toList(),
                    today));
        }
        return new JournalRecords(
                lifterId,
                weekPlans,
                sessionLogs,
                reads.checkIns(lifterId, fromWeek, lastDay).stream()
                        .map(PainCheckIn::reading)
                        .toList(),
                ticks.findByLifterIdAndDateBetweenOrderByDateAsc(lifterId, fromWeek, lastDay).stream()
                        .map(HabitTickEntity::toTick)
                        .toList(),
                reads.checksForRules(lifterId),
                reads.clearances(lifterId),
                adherence);
    }

    /**
     * What to do next, from the last four weeks up to today, worked out exactly as the review does
     * (so progression is never suggested while pain rises or a red flag is open). Sessions still
     * ahead this week are left out, so a Monday does not look like a week of skipped sessions.
     */
    @Transactional(readOnly = true)
    public List<Recommendation> advice(@LifterId long lifterId) {
        LocalDate today = userToday.today(lifterId);
        LocalDate thisWeek = Weeks.startOf(today);
        List<LocalDate> weeks = ReviewPeriod.weeksEndingWith(thisWeek, ReviewPeriod.MIN_WEEKS);
        JournalRecords records = records(lifterId, weeks.getFirst(), thisWeek);
        List<WeekPlan> due = records.plans().stream()
                .map(plan -> dueBy(plan, today, records.sessionLogs()))
                .toList();
        JournalRecords asOfToday = new JournalRecords(
                lifterId,
                due,
                records.sessionLogs(),
                records.painReadings(),
                records.habitTicks(),
                records.redFlagChecks(),
                records.clearances(),
                records.adherence());
        TrainingProfile profile = profiles.profileOf(lifterId);
        return calculator
                .review(new ReviewInput(
                        asOfToday.weeks(),
                        TrainingTargets.profile(profile),
                        TrainingTargets.targets(profile),
                        records.redFlagChecks(),
                        records.clearances()))
                .recommendations();
    }

    /**
     * The routine for the printable card: the first back-care routine in this week's plan, else in
     * next week's, else the guide's sample routine.
     */
    @Transactional(readOnly = true)
    public BackCareRoutine routine(@LifterId long lifterId) {
        LocalDate thisWeek = Weeks.startOf(userToday.today(lifterId));
        Optional<Session> planned = plans.weeks(lifterId, thisWeek, thisWeek.plusWeeks(1)).stream()
                .flatMap(WeekPlan::sessions)
                .filter(s -> s.kind() == SessionKind.BACK_CARE_ROUTINE)
                .findFirst();
        Session routine = planned.orElseGet(BuiltInTemplates::sampleRoutine);
        return new BackCareRoutine(
                routine.title(),
                planned.isPresent(),
                routine.prescriptions()
                        .map(p -> new BackCareRoutine.Line(
                                p.exercise().name(), p.dose().describe(), p.note()))
                        .toList());
    }

    /** The week's plan without sessions that are still ahead of {@code today} and not logged. */
    private static WeekPlan dueBy(WeekPlan plan, LocalDate today, List<SessionLog> logs) {
        Set<String> logged = new HashSet<>();
        for (SessionLog log : logs) {
            switch (log) {
                case SessionLog.Done done -> logged.add(done.sessionId());
                case SessionLog.Skipped skipped -> logged.add(skipped.sessionId());
                case SessionLog.Unplanned extra -> {
                    // not in any plan
                }
            }
        }
        List<PlanDay> days = new ArrayList<>();
        for (PlanDay day : plan.days()) {
            List<Session> sessions = day.sessions().stream()
                    .filter(s -> !day.date().isAfter(today) || logged.contains(s.id()))
                    .toList();
            if (!sessions.isEmpty()) {
                days.add(new PlanDay(day.date(), sessions));
            }
        }
        return new WeekPlan(plan.weekStart(), days);
    }

    private static List<WeekPlan> allWeeks(List<WeekPlan> stored, LocalDate fromWeek, LocalDate toWeek) {
        Map<LocalDate, WeekPlan> byWeek =
                stored.stream().collect(Collectors.toMap(WeekPlan::weekStart, Function.identity()));
        List<WeekPlan> all = new ArrayList<>();
        for (LocalDate week = fromWeek; !week.isAfter(toWeek); week = week.plusWeeks(1)) {
            all.add(byWeek.getOrDefault(week, WeekPlan.empty(week)));
        }
        return all;
    }

    private static List<DayPain> days(LocalDate from, LocalDate to, List<PainCheckIn> checkIns) {
        Map<LocalDate, List<PainReading>> byDay =
                checkIns.stream().map(PainCheckIn::reading).collect(Collectors.groupingBy(PainReading::date));
        List<DayPain> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<PainReading> readings = byDay.getOrDefault(day, List.of());
            days.add(new DayPain(day, mean(readings, PainTiming.BEFORE), mean(readings, PainTiming.AFTER)));
        }
        return days;
    }

    private static Double mean(List<PainReading> readings, PainTiming timing) {
        PainTally tally = PainTally.EMPTY;
        for (PainReading reading : readings) {
            if (reading.timing() == timing) {
                tally = tally.add(reading.score());
            }
        }
        return tally.isEmpty() ? null : tally.mean();
    }

    private static List<JournalNote> notes(List<PainCheckIn> checkIns, List<LoggedSession> logs) {
        List<JournalNote> notes = new ArrayList<>();
        for (PainCheckIn checkIn : checkIns) {
            if (!checkIn.note().isBlank()) {
                notes.add(new JournalNote(checkIn.date(), JournalNote.Source.PAIN_CHECK_IN, checkIn.note()));
            }
        }
        for (LoggedSession log : logs) {
            if (!log.note().isBlank()) {
                JournalNote.Source source = log.status() == LogStatus.SKIPPED
                        ? JournalNote.Source.SKIPPED_SESSION
                        : JournalNote.Source.SESSION;
                notes.add(new JournalNote(log.date(), source, log.title() + ": " + log.note()));
            }
        }
        notes.sort(Comparator.comparing(JournalNote::date).reversed());
        return notes;
    }
}
