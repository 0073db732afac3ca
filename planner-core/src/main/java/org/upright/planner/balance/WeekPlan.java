package org.upright.planner.balance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A week of training as the balance rules see it: the ISO week starting on {@code weekStart} (a
 * Monday) and up to seven days, each with its sessions in order. Days without sessions may be left
 * out. Days are kept in date order.
 *
 * <p>Limits, so that nonsense is refused at the door rather than deep inside a rule: at most
 * {@value #MAX_SESSIONS_PER_DAY} sessions a day and {@value #MAX_SESSIONS_PER_WEEK} a week (four a
 * day on average is already far beyond any real plan); session and prescription ids unique within
 * the week.
 */
public record WeekPlan(LocalDate weekStart, List<PlanDay> days) {

    public static final int MAX_SESSIONS_PER_DAY = 6;
    public static final int MAX_SESSIONS_PER_WEEK = 28;

    public WeekPlan {
        if (weekStart == null) {
            throw new IllegalArgumentException("week start is required");
        }
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(
                    "week start must be a Monday, was " + weekStart + " (" + weekStart.getDayOfWeek() + ")");
        }
        if (days == null) {
            days = List.of();
        }
        if (days.size() > 7) {
            throw new IllegalArgumentException("a week has at most 7 days, was " + days.size());
        }
        LocalDate weekEnd = weekStart.plusDays(6);
        Set<LocalDate> dates = new HashSet<>();
        Set<String> sessionIds = new HashSet<>();
        Set<String> prescriptionIds = new HashSet<>();
        int sessionCount = 0;
        for (PlanDay day : days) {
            if (day == null) {
                throw new IllegalArgumentException("week of " + weekStart + ": a day is missing (null)");
            }
            if (day.date().isBefore(weekStart) || day.date().isAfter(weekEnd)) {
                throw new IllegalArgumentException("day " + day.date() + " is not in the week of " + weekStart + " ("
                        + weekStart + " to " + weekEnd + ")");
            }
            if (!dates.add(day.date())) {
                throw new IllegalArgumentException("day " + day.date() + " appears twice in the week");
            }
            sessionCount += day.sessions().size();
            for (Session session : day.sessions()) {
                if (!sessionIds.add(session.id())) {
                    throw new IllegalArgumentException("session id " + session.id() + " is used twice in the week");
                }
                session.prescriptions().forEach(p -> {
                    if (!prescriptionIds.add(p.id())) {
                        throw new IllegalArgumentException("prescription id " + p.id() + " is used twice in the week");
                    }
                });
            }
        }
        if (sessionCount > MAX_SESSIONS_PER_WEEK) {
            throw new IllegalArgumentException(
                    "a week holds at most " + MAX_SESSIONS_PER_WEEK + " sessions, was " + sessionCount);
        }
        List<PlanDay> sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparing(PlanDay::date));
        days = List.copyOf(sorted);
    }

    public static WeekPlan of(LocalDate weekStart, PlanDay... days) {
        return new WeekPlan(weekStart, List.of(days));
    }

    public static WeekPlan empty(LocalDate weekStart) {
        return new WeekPlan(weekStart, List.of());
    }

    /** The seven dates of this week, Monday first. */
    public List<LocalDate> dates() {
        return weekStart.datesUntil(weekStart.plusDays(7)).toList();
    }

    public Optional<PlanDay> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    public int sessionCount() {
        return days.stream().mapToInt(d -> d.sessions().size()).sum();
    }

    public Stream<Session> sessions() {
        return days.stream().flatMap(d -> d.sessions().stream());
    }

    public Optional<Session> session(String sessionId) {
        return sessions().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    /** Whether any session or prescription in this week already carries {@code id}. */
    public boolean usesId(String id) {
        return sessions().anyMatch(s -> s.id().equals(id) || s.prescriptions().anyMatch(p -> p.id().equals(id)));
    }

    /** Whether another session fits on {@code date} without breaking the day or week limit. */
    public boolean hasRoomOn(LocalDate date) {
        int onDay = day(date).map(d -> d.sessions().size()).orElse(0);
        return onDay < MAX_SESSIONS_PER_DAY && sessionCount() < MAX_SESSIONS_PER_WEEK;
    }

    WeekPlan replacing(Session updated) {
        List<PlanDay> copy = new ArrayList<>(days.size());
        for (PlanDay day : days) {
            List<Session> sessions = new ArrayList<>(day.sessions());
            sessions.replaceAll(s -> s.id().equals(updated.id()) ? updated : s);
            copy.add(new PlanDay(day.date(), sessions));
        }
        return new WeekPlan(weekStart, copy);
    }

    WeekPlan adding(LocalDate date, Session session) {
        Map<LocalDate, PlanDay> byDate = new HashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        byDate.merge(date, PlanDay.of(date, session), (old, ignored) -> old.adding(session));
        return new WeekPlan(weekStart, new ArrayList<>(byDate.values()));
    }
}
