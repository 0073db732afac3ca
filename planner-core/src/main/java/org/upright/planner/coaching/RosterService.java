package org.upright.planner.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.balance.BalanceMetrics;
import org.upright.planner.balance.RuleId;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.safety.WeeklyPain;

/**
 * The coach's roster: every current client with the figures a coach scans first. Built with a
 * fixed number of SQL statements whatever the number of clients — each source is asked once for
 * all of them — so a coach with hundreds of clients waits no longer than one with ten.
 */
@Service
public class RosterService {

    static final Duration INACTIVE_AFTER = Duration.ofDays(7);

    private final CoachingService coaching;
    private final WeekPlanService plans;
    private final SafetyService safety;
    private final Clock clock;

    RosterService(CoachingService coaching, WeekPlanService plans, SafetyService safety, Clock clock) {
        this.coaching = coaching;
        this.plans = plans;
        this.safety = safety;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<ClientRow> roster() {
        List<AccountSummary> clients = coaching.myClients();
        if (clients.isEmpty()) {
            return List.of();
        }
        List<Long> ids = clients.stream().map(AccountSummary::id).toList();
        Map<Long, PlannedWeek> weeks = plans.weeksFor(ids, LocalDate.now(clock));
        Map<Long, Instant> planChanges = plans.lastPlanChanges(ids);
        Map<Long, SafetyAssessment> safetyOf = safety.assessAll(ids);
        Instant now = clock.instant();
        List<ClientRow> rows = new ArrayList<>();
        for (AccountSummary client : clients) {
            PlannedWeek week = weeks.get(client.id());
            BalanceMetrics metrics = week.report().metrics();
            Optional<Instant> lastActivity = Optional.ofNullable(planChanges.get(client.id()));
            SafetyAssessment clientSafety = safetyOf.get(client.id());
            PainTrend painTrend = painTrend(clientSafety.weeklyPain());
            boolean redFlag = clientSafety.showsRedBadge();
            Set<AttentionReason> attention = EnumSet.noneOf(AttentionReason.class);
            if (redFlag) {
                attention.add(AttentionReason.RED_FLAG);
            }
            if (painTrend == PainTrend.RISING) {
                attention.add(AttentionReason.PAIN_RISING);
            }
            if (week.report().has(RuleId.PUSH_PULL_RATIO)) {
                attention.add(AttentionReason.RATIO_BELOW_TARGET);
            }
            if (metrics.mobilitySessions() == 0) {
                attention.add(AttentionReason.NO_MOBILITY_SESSION);
            }
            if (lastActivity.isEmpty() || lastActivity.get().isBefore(now.minus(INACTIVE_AFTER))) {
                attention.add(AttentionReason.INACTIVE);
            }
            rows.add(new ClientRow(
                    client.id(),
                    client.displayName(),
                    client.email(),
                    metrics.pushPullRatio(),
                    week.targets().pushPullRatio(),
                    week.report().score(),
                    metrics.mobilitySessions(),
                    week.targets().mobilitySessionsMin(),
                    metrics.thoracicWarmUpCompliance(),
                    OptionalDouble.empty(),
                    painTrend,
                    redFlag,
                    lastActivity,
                    attention));
        }
        return rows;
    }

    /** The latest week with check-ins against the one before it (domain §5's "rising"). */
    static PainTrend painTrend(List<WeeklyPain> weeks) {
        if (weeks.size() < 2) {
            return PainTrend.UNKNOWN;
        }
        WeeklyPain latest = weeks.getLast();
        WeeklyPain previous = weeks.get(weeks.size() - 2);
        if (latest.all().meanAbove(previous.all())) {
            return PainTrend.RISING;
        }
        return previous.all().meanAbove(latest.all()) ? PainTrend.FALLING : PainTrend.FLAT;
    }
}
