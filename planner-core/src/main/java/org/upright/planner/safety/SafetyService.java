package org.upright.planner.safety;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.UserToday;
import org.upright.planner.common.LifterId;

/**
 * A lifter's safety status now (domain §5): open red flags (plan paused, coach's red badge, the
 * notice to see a professional), referrals for severe or not-improving pain, and whether a
 * progression may be suggested. Loads the journal through {@link SafetyRecords} and leaves every
 * decision to the pure {@link SafetyAssessor}.
 *
 * <p>Pain and adherence are taken from the current week and the {@value #WEEKS_ASSESSED} - 1 weeks
 * before it — the guide's "not improving after two to four weeks" — while red-flag checks and
 * clearances are taken over the whole history, so a flag raised long ago and never cleared still
 * pauses the plan.
 */
@Service
public class SafetyService {

    public static final int WEEKS_ASSESSED = 4;

    private final SafetyRecords records;
    private final UserToday userToday;

    SafetyService(SafetyRecords records, UserToday userToday) {
        this.records = records;
        this.userToday = userToday;
    }

    /** The lifter's assessment today. The lifter and their current coach may ask. */
    @Transactional(readOnly = true)
    public SafetyAssessment assess(@LifterId long lifterId) {
        return assessChecked(Set.of(lifterId)).get(lifterId);
    }

    /**
     * Assessments of several lifters (a coach's client list) in a fixed number of SQL statements,
     * however many lifters there are. The caller must be allowed to see every one of them;
     * otherwise nothing is returned and access is refused.
     */
    @Transactional(readOnly = true)
    public Map<Long, SafetyAssessment> assessAll(@LifterId Collection<Long> lifterIds) {
        if (lifterIds.isEmpty()) {
            return Map.of();
        }
        return assessChecked(Set.copyOf(lifterIds));
    }

    /**
     * Like {@link #assessAll}, with each lifter's adherence over the assessed weeks and their latest
     * journal day: what the coach's roster shows, in the same fixed number of statements.
     */
    @Transactional(readOnly = true)
    public Map<Long, LifterWellbeing> wellbeingOfAll(@LifterId Collection<Long> lifterIds) {
        if (lifterIds.isEmpty()) {
            return Map.of();
        }
        return wellbeingChecked(Set.copyOf(lifterIds));
    }

    /**
     * Whether the lifter's plan is paused now: a red flag is open (domain §5). Reads only the
     * red-flag checks and clearances, so that every plan edit can ask it cheaply.
     */
    @Transactional(readOnly = true)
    public boolean planPaused(@LifterId long lifterId) {
        return pausedChecked(Set.of(lifterId)).contains(lifterId);
    }

    /** Which of these lifters have a paused plan now, in two statements however many lifters. */
    @Transactional(readOnly = true)
    public Set<Long> pausedAmong(@LifterId Collection<Long> lifterIds) {
        if (lifterIds.isEmpty()) {
            return Set.of();
        }
        return pausedChecked(Set.copyOf(lifterIds));
    }

    private Set<Long> pausedChecked(Set<Long> lifterIds) {
        Set<Long> paused = new HashSet<>();
        records.redFlagHistories(lifterIds).forEach((id, history) -> {
            List<RedFlagEpisode> episodes = RedFlagHistory.episodes(history.redFlagChecks(), history.clearances());
            if (!RedFlagHistory.openFlags(episodes).isEmpty()) {
                paused.add(id);
            }
        });
        return Set.copyOf(paused);
    }

    private Map<Long, SafetyAssessment> assessChecked(Set<Long> lifterIds) {
        Map<Long, SafetyAssessment> result = new LinkedHashMap<>();
        wellbeingChecked(lifterIds).forEach((id, wellbeing) -> result.put(id, wellbeing.assessment()));
        return result;
    }

    private Map<Long, LifterWellbeing> wellbeingChecked(Set<Long> lifterIds) {
        // Each lifter's own today (docs/adr/0021). Lifters sharing a date are read together, so the
        // statements grow only with the number of distinct dates (two at most around midnight).
        Map<LocalDate, Set<Long>> byToday = new TreeMap<>();
        Instant now = userToday.now();
        userToday
                .zonesOf(lifterIds)
                .forEach((id, zone) -> byToday.computeIfAbsent(LocalDate.ofInstant(now, zone), day -> new HashSet<>())
                        .add(id));
        Map<Long, LifterWellbeing> result = new LinkedHashMap<>();
        byToday.forEach((today, ids) -> {
            LocalDate fromWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .minusWeeks(WEEKS_ASSESSED - 1);
            Map<Long, SafetyHistory> histories = records.histories(ids, fromWeek, today);
            for (Long id : ids) {
                SafetyHistory history = histories.getOrDefault(id, SafetyHistory.empty());
                result.put(id, LifterWellbeing.of(noDatesAfter(today, SafetyAssessor.assess(history)), history));
            }
        });
        return result;
    }

    /**
     * A flag ticked after a same-day clearance reaches the rules dated the next day (so that it
     * stays open); the lifter should never read that it was raised tomorrow.
     */
    private static SafetyAssessment noDatesAfter(LocalDate today, SafetyAssessment assessment) {
        if (assessment.redFlagHistory().stream()
                .noneMatch(e -> e.lastReportedOn().isAfter(today))) {
            return assessment;
        }
        List<RedFlagEpisode> episodes = assessment.redFlagHistory().stream()
                .map(e -> e.lastReportedOn().isAfter(today)
                        ? new RedFlagEpisode(
                                e.flag(), e.raisedOn().isAfter(today) ? today : e.raisedOn(), today, e.clearance())
                        : e)
                .toList();
        return new SafetyAssessment(
                assessment.status(),
                assessment.openRedFlags(),
                episodes,
                assessment.referrals(),
                assessment.notices(),
                assessment.progression(),
                assessment.weeklyPain());
    }
}
