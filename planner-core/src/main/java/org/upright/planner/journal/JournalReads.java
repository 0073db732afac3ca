package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.upright.planner.journal.internal.ClearanceEntity;
import org.upright.planner.journal.internal.ClearanceRepository;
import org.upright.planner.journal.internal.PainCheckInEntity;
import org.upright.planner.journal.internal.PainCheckInRepository;
import org.upright.planner.journal.internal.RedFlagCheckEntity;
import org.upright.planner.journal.internal.RedFlagCheckRepository;
import org.upright.planner.journal.internal.SessionLogEntity;
import org.upright.planner.journal.internal.SessionLogRepository;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.safety.RedFlagCheck;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads journal rows and turns them into the journal's and the safety rules' values. No access
 * checks here: only the journal's own services use it (it is not public), after the {@link
 * org.upright.planner.common.LifterId} check on their own methods.
 */
@Component
class JournalReads {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ActualSet>> ACTUALS = new TypeReference<>() {};

    private final SessionLogRepository logs;
    private final PainCheckInRepository checkIns;
    private final RedFlagCheckRepository checks;
    private final ClearanceRepository clearances;

    JournalReads(
            SessionLogRepository logs,
            PainCheckInRepository checkIns,
            RedFlagCheckRepository checks,
            ClearanceRepository clearances) {
        this.logs = logs;
        this.checkIns = checkIns;
        this.checks = checks;
        this.clearances = clearances;
    }

    List<LoggedSession> logs(long lifterId, LocalDate fromWeek, LocalDate toWeek) {
        return logs.findByLifterIdAndWeekStartBetweenOrderByLogDateAscIdAsc(lifterId, fromWeek, toWeek).stream()
                .map(JournalReads::logged)
                .toList();
    }

    List<PainCheckIn> checkIns(long lifterId, LocalDate from, LocalDate to) {
        return checkIns.findByLifterIdAndDateBetweenOrderByDateAscIdAsc(lifterId, from, to).stream()
                .map(PainCheckInEntity::toCheckIn)
                .toList();
    }

    /** Every red-flag check on record, as the safety rules must see them (same-day order kept). */
    List<RedFlagCheck> checksForRules(long lifterId) {
        return checksForRules(checks.findByLifterId(lifterId), clearances.findByLifterId(lifterId));
    }

    List<ProfessionalClearance> clearances(long lifterId) {
        return clearances.findByLifterId(lifterId).stream()
                .sorted(Comparator.comparing(ClearanceEntity::clearedOn))
                .map(ClearanceEntity::toClearance)
                .toList();
    }

    /** The dates of every check that ticked at least one flag. */
    List<LocalDate> flaggedCheckDates(long lifterId) {
        return checks.findByLifterId(lifterId).stream()
                .filter(c -> c.toCheck().anyFlagged())
                .map(RedFlagCheckEntity::date)
                .toList();
    }

    static List<RedFlagCheck> checksForRules(
            Collection<RedFlagCheckEntity> checkRows, Collection<ClearanceEntity> clearanceRows) {
        return RedFlagTimeline.checksForRules(
                checkRows.stream()
                        .map(c -> new RedFlagTimeline.Recorded<>(c.toCheck(), c.date(), c.recordedAt()))
                        .toList(),
                clearanceRows.stream()
                        .map(c -> new RedFlagTimeline.Recorded<>(c.toClearance(), c.clearedOn(), c.recordedAt()))
                        .toList());
    }

    static LoggedSession logged(SessionLogEntity e) {
        return new LoggedSession(
                e.id(),
                e.version(),
                e.weekStart(),
                e.sessionId(),
                e.logDate(),
                e.status(),
                e.kind(),
                e.title(),
                e.sessionRpe(),
                e.note(),
                JSON.readValue(e.actuals(), ACTUALS));
    }

    static String actualsJson(List<ActualSet> actuals) {
        return JSON.writeValueAsString(actuals);
    }
}
