package org.upright.planner.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.journal.internal.ClearanceEntity;
import org.upright.planner.journal.internal.ClearanceRepository;
import org.upright.planner.journal.internal.PainCheckInEntity;
import org.upright.planner.journal.internal.PainCheckInRepository;
import org.upright.planner.journal.internal.RedFlagCheckEntity;
import org.upright.planner.journal.internal.RedFlagCheckRepository;
import org.upright.planner.journal.internal.SessionLogEntity;
import org.upright.planner.journal.internal.SessionLogRepository;
import org.upright.planner.plan.WeekPlanBatch;
import org.upright.planner.plan.Weeks;
import org.upright.planner.safety.SafetyHistory;
import org.upright.planner.safety.SafetyRecords;
import org.upright.planner.safety.WeeklyAdherence;

/**
 * The journal's side of {@link SafetyRecords}: a fixed number of queries for any number of lifters
 * — red-flag checks, clearances, pain check-ins and session logs one query each, and the plans one
 * query per week (through {@link WeekPlanBatch}). Who may read is decided before any of that, by
 * the {@link org.upright.planner.common.LifterId} mark on {@link SafetyRecords#histories}.
 */
@Component
class JournalSafetyRecords implements SafetyRecords {

    private final RedFlagCheckRepository checks;
    private final ClearanceRepository clearances;
    private final PainCheckInRepository checkIns;
    private final SessionLogRepository logs;
    private final WeekPlanBatch plans;

    JournalSafetyRecords(
            RedFlagCheckRepository checks,
            ClearanceRepository clearances,
            PainCheckInRepository checkIns,
            SessionLogRepository logs,
            WeekPlanBatch plans) {
        this.checks = checks;
        this.clearances = clearances;
        this.checkIns = checkIns;
        this.logs = logs;
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, SafetyHistory> histories(Collection<Long> lifterIds, LocalDate fromWeek, LocalDate today) {
        if (fromWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("fromWeek must be a Monday, was " + fromWeek);
        }
        Set<Long> ids = Set.copyOf(lifterIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate thisWeek = Weeks.startOf(today);
        Map<Long, List<RedFlagCheckEntity>> checksBy =
                group(checks.findByLifterIdIn(ids), RedFlagCheckEntity::lifterId);
        Map<Long, List<ClearanceEntity>> clearancesBy =
                group(clearances.findByLifterIdIn(ids), ClearanceEntity::lifterId);
        Map<Long, List<PainCheckInEntity>> painBy =
                group(checkIns.findByLifterIdInAndDateBetween(ids, fromWeek, today), PainCheckInEntity::lifterId);
        Map<Long, List<SessionLogEntity>> logsBy =
                group(logs.findByLifterIdInAndWeekStartBetween(ids, fromWeek, thisWeek), SessionLogEntity::lifterId);
        Map<Long, List<WeekPlan>> plansBy = plans.weeks(ids, fromWeek, thisWeek);

        Map<Long, SafetyHistory> result = new HashMap<>();
        for (Long id : ids) {
            List<ClearanceEntity> lifterClearances = clearancesBy.getOrDefault(id, List.of());
            List<LoggedSession> lifterLogs = logsBy.getOrDefault(id, List.of()).stream()
                    .map(JournalReads::logged)
                    .toList();
            result.put(
                    id,
                    new SafetyHistory(
                            JournalReads.checksForRules(checksBy.getOrDefault(id, List.of()), lifterClearances),
                            lifterClearances.stream()
                                    .map(ClearanceEntity::toClearance)
                                    .toList(),
                            painBy.getOrDefault(id, List.of()).stream()
                                    .map(PainCheckInEntity::toReading)
                                    .toList(),
                            adherence(plansBy.getOrDefault(id, List.of()), lifterLogs, fromWeek, today)));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, SafetyHistory> redFlagHistories(Collection<Long> lifterIds) {
        Set<Long> ids = Set.copyOf(lifterIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<RedFlagCheckEntity>> checksBy =
                group(checks.findByLifterIdIn(ids), RedFlagCheckEntity::lifterId);
        Map<Long, List<ClearanceEntity>> clearancesBy =
                group(clearances.findByLifterIdIn(ids), ClearanceEntity::lifterId);
        Map<Long, SafetyHistory> result = new HashMap<>();
        for (Long id : ids) {
            List<ClearanceEntity> lifterClearances = clearancesBy.getOrDefault(id, List.of());
            result.put(
                    id,
                    new SafetyHistory(
                            JournalReads.checksForRules(checksBy.getOrDefault(id, List.of()), lifterClearances),
                            lifterClearances.stream()
                                    .map(ClearanceEntity::toClearance)
                                    .toList(),
                            List.of(),
                            List.of()));
        }
        return result;
    }

    static List<WeeklyAdherence> adherence(
            List<WeekPlan> stored, List<LoggedSession> logs, LocalDate fromWeek, LocalDate today) {
        Map<LocalDate, WeekPlan> byWeek =
                stored.stream().collect(Collectors.toMap(WeekPlan::weekStart, Function.identity()));
        List<WeeklyAdherence> weeks = new ArrayList<>();
        for (LocalDate week = fromWeek; !week.isAfter(today); week = week.plusWeeks(1)) {
            LocalDate start = week;
            WeekPlan plan = byWeek.getOrDefault(week, WeekPlan.empty(week));
            List<LoggedSession> weekLogs =
                    logs.stream().filter(l -> l.weekStart().equals(start)).toList();
            weeks.add(ReviewLogs.adherence(plan, weekLogs, today));
        }
        return weeks;
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> lifterId) {
        return rows.stream().collect(Collectors.groupingBy(lifterId));
    }
}
