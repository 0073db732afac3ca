package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.upright.planner.exercise.MovementPattern;

/** The per-session facts of a week and the day-level counts the rules share. */
final class WeekFacts {

    /** A day is a scapular-strength day from this many rowing or scapular working sets (§3.4). */
    static final double SCAPULAR_DAY_SETS = 2.0;

    private final WeekPlan week;
    private final List<SessionFacts> sessions;
    private final Map<LocalDate, Long> daySeconds = new LinkedHashMap<>();
    private final Map<LocalDate, Double> dayRowingSets = new LinkedHashMap<>();

    WeekFacts(WeekPlan week) {
        this.week = week;
        this.sessions = new ArrayList<>();
        for (PlanDay day : week.days()) {
            long seconds = 0;
            double rowing = 0;
            for (Session session : day.sessions()) {
                SessionFacts facts = SessionFacts.of(day.date(), session);
                sessions.add(facts);
                seconds += facts.seconds();
                rowing += facts.rowingAndScapularSets();
            }
            daySeconds.put(day.date(), seconds);
            dayRowingSets.put(day.date(), rowing);
        }
    }

    WeekPlan week() {
        return week;
    }

    List<SessionFacts> sessions() {
        return sessions;
    }

    double sets(MovementPattern pattern) {
        double total = 0;
        for (SessionFacts s : sessions) {
            total += s.sets(pattern);
        }
        return total;
    }

    double pushSets() {
        double total = 0;
        for (SessionFacts s : sessions) {
            total += s.pushSets();
        }
        return total;
    }

    double pullSets() {
        double total = 0;
        for (SessionFacts s : sessions) {
            total += s.pullSets();
        }
        return total;
    }

    double rowingAndScapularSets() {
        double total = 0;
        for (SessionFacts s : sessions) {
            total += s.rowingAndScapularSets();
        }
        return total;
    }

    int totalWorkingSets() {
        return sessions.stream().mapToInt(SessionFacts::workingSets).sum();
    }

    /** Working sets of strength exercises (§3.6), what the volume-jump rule compares. */
    int strengthSets() {
        int total = 0;
        for (SessionFacts s : sessions) {
            total += s.strengthSets();
        }
        return total;
    }

    long daySeconds(LocalDate date) {
        return daySeconds.getOrDefault(date, 0L);
    }

    double dayRowingSets(LocalDate date) {
        return dayRowingSets.getOrDefault(date, 0.0);
    }

    /** Days with at least one mobility session: at most one counts per day (§3.3). */
    Set<LocalDate> mobilityDays() {
        Set<LocalDate> days = new TreeSet<>();
        for (SessionFacts s : sessions) {
            if (s.isMobilitySession()) {
                days.add(s.date());
            }
        }
        return days;
    }

    Set<LocalDate> scapularStrengthDays() {
        Set<LocalDate> days = new TreeSet<>();
        dayRowingSets.forEach((date, sets) -> {
            if (sets >= SCAPULAR_DAY_SETS - Ratio.EPSILON) {
                days.add(date);
            }
        });
        return days;
    }

    Set<LocalDate> routineDays() {
        Set<LocalDate> days = new TreeSet<>();
        for (SessionFacts s : sessions) {
            if (s.isQualifyingRoutine()) {
                days.add(s.date());
            }
        }
        return days;
    }

    Set<LocalDate> breathingDays() {
        Set<LocalDate> days = new TreeSet<>();
        for (SessionFacts s : sessions) {
            if (s.breathing()) {
                days.add(s.date());
            }
        }
        return days;
    }

    /** Sessions with upper-body working sets, i.e. the lifting sessions §3.2 looks at. */
    List<SessionFacts> upperBodySessions() {
        return sessions.stream().filter(SessionFacts::upperBodyWork).toList();
    }

    BalanceMetrics metrics() {
        double push = pushSets();
        double pull = pullSets();
        double hPush = sets(MovementPattern.HORIZONTAL_PUSH);
        double hPull = sets(MovementPattern.HORIZONTAL_PULL);
        double scapular = sets(MovementPattern.SCAPULAR_STABILITY);
        double rowing = rowingAndScapularSets();
        List<BalanceMetrics.WarmUpCheck> warmUps = new ArrayList<>();
        for (SessionFacts s : upperBodySessions()) {
            warmUps.add(new BalanceMetrics.WarmUpCheck(s.session().id(), s.thoracicBeforeUpperBody()));
        }
        Map<String, java.time.Duration> sessionTimes = new LinkedHashMap<>();
        for (SessionFacts s : sessions) {
            sessionTimes.put(s.session().id(), java.time.Duration.ofSeconds(s.seconds()));
        }
        Map<LocalDate, java.time.Duration> dayTimes = new LinkedHashMap<>();
        daySeconds.forEach((date, seconds) -> dayTimes.put(date, java.time.Duration.ofSeconds(seconds)));
        return new BalanceMetrics(
                push,
                pull,
                Ratio.of(pull, push),
                hPush,
                hPull,
                scapular,
                rowing,
                Ratio.of(rowing, hPush),
                mobilityDays().size(),
                warmUps,
                scapularStrengthDays().size(),
                routineDays().size(),
                breathingDays().size(),
                totalWorkingSets(),
                sessionTimes,
                dayTimes);
    }
}
