package org.upright.planner.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.UserToday;
import org.upright.planner.balance.BalanceMetrics;
import org.upright.planner.balance.RuleId;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.safety.LifterWellbeing;
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
    private final UserToday userToday;

    RosterService(
            CoachingService coaching, WeekPlanService plans, SafetyService safety, Clock clock, UserToday userToday) {
        this.coaching = coaching;
        this.plans = plans;
        this.safety = safety;
        this.clock = clock;
        this.userToday = userToday;
    }

    /** Plans or journal, whichever the client (or coach) touched last. */
    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<ClientRow> roster() {
        List<AccountSummary> clients = coaching.myClients();
        if (clients.isEmpty()) {
            return List.of();
        }
        List<Long> ids = clients.stream().map(AccountSummary::id).toList();
        Instant now = clock.instant();
        // "this week" is each client's own (docs/adr/0021); clients sharing a week are read
        // together, so the statements grow only with the distinct weeks (two at most, at midnight)
        Map<Long, ZoneId> zones = userToday.zonesOf(ids);
        Map<LocalDate, List<Long>> byWeek = new TreeMap<>();
        for (Long id : ids) {
            byWeek.computeIfAbsent(Weeks.startOf(LocalDate.ofInstant(now, zones.get(id))), week -> new ArrayList<>())
                    .add(id);
        }
        Map<Long, PlannedWeek> weeks = new HashMap<>();
        byWeek.forEach((week, group) -> weeks.putAll(plans.weeksFor(group, week)));
        Map<Long, Instant> planChanges = plans.lastPlanChanges(ids);
        Map<Long, LifterWellbeing> wellbeingOf = safety.wellbeingOfAll(ids);
        Map<Long, Instant> joined = coaching.myClientsJoined();
        List<ClientRow> rows = new ArrayList<>();
        for (AccountSummary client : clients) {
            PlannedWeek week = weeks.get(client.id());
            BalanceMetrics metrics = week.report().metrics();
            LifterWellbeing wellbeing = wellbeingOf.get(client.id());
            SafetyAssessment clientSafety = wellbeing.assessment();
            Optional<Instant> lastActivity = latest(
                    Optional.ofNullable(planChanges.get(client.id())),
                    wellbeing
                            .lastJournalEntry()
                            .map(day -> day.atStartOfDay(zones.get(client.id())).toInstant()));
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
            // counted from joining at the earliest: a client who joined minutes ago is not idle
            Optional<Instant> activeSince = latest(lastActivity, Optional.ofNullable(joined.get(client.id())));
            if (activeSince.isEmpty() || activeSince.get().isBefore(now.minus(INACTIVE_AFTER))) {
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
                    wellbeing.adherence(),
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
