package org.upright.planner.balance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.ExerciseLookup;

/** Test helper: builds week plans tersely, with ids s1, s2… and p1, p2… handed out in order. */
final class Plans {

    /** A Monday. */
    static final LocalDate WEEK = LocalDate.of(2025, 9, 1);

    private Plans() {}

    static WeekBuilder week() {
        return new WeekBuilder(WEEK, FixtureExercises.INSTANCE);
    }

    static WeekBuilder week(LocalDate start) {
        return new WeekBuilder(start, FixtureExercises.INSTANCE);
    }

    static WeekBuilder week(LocalDate start, ExerciseLookup lookup) {
        return new WeekBuilder(start, lookup);
    }

    static LocalDate day(DayOfWeek day) {
        return WEEK.plusDays(day.getValue() - 1L);
    }

    static final class WeekBuilder {
        private final LocalDate start;
        private final ExerciseLookup lookup;
        private final Map<DayOfWeek, List<SessionBuilder>> days = new EnumMap<>(DayOfWeek.class);
        private int sessionIds;
        private int prescriptionIds;

        private WeekBuilder(LocalDate start, ExerciseLookup lookup) {
            this.start = start;
            this.lookup = lookup;
        }

        SessionBuilder session(DayOfWeek day, SessionKind kind, String title) {
            SessionBuilder s = new SessionBuilder(this, "s" + ++sessionIds, kind, title);
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(s);
            return s;
        }

        SessionBuilder strength(DayOfWeek day, String title) {
            return session(day, SessionKind.STRENGTH, title);
        }

        WeekPlan build() {
            List<PlanDay> planDays = new ArrayList<>();
            days.forEach((day, sessions) -> planDays.add(new PlanDay(
                    start.plusDays(day.getValue() - 1L),
                    sessions.stream().map(SessionBuilder::toSession).toList())));
            return new WeekPlan(start, planDays);
        }
    }

    static final class SessionBuilder {
        private final WeekBuilder week;
        private final String id;
        private final SessionKind kind;
        private final String title;
        private final Map<BlockType, List<Prescription>> blocks = new LinkedHashMap<>();

        private SessionBuilder(WeekBuilder week, String id, SessionKind kind, String title) {
            this.week = week;
            this.id = id;
            this.kind = kind;
            this.title = title;
        }

        SessionBuilder add(BlockType block, String slug, Dose dose) {
            Prescription p = Prescription.fromSlug("p" + ++week.prescriptionIds, slug, dose, week.lookup);
            blocks.computeIfAbsent(block, b -> new ArrayList<>()).add(p);
            return this;
        }

        SessionBuilder warmUp(String slug, Dose dose) {
            return add(BlockType.WARM_UP, slug, dose);
        }

        SessionBuilder main(String slug, Dose dose) {
            return add(BlockType.MAIN, slug, dose);
        }

        SessionBuilder accessory(String slug, Dose dose) {
            return add(BlockType.ACCESSORY, slug, dose);
        }

        SessionBuilder coolDown(String slug, Dose dose) {
            return add(BlockType.COOL_DOWN, slug, dose);
        }

        /** Starts another session in the same week. */
        SessionBuilder session(DayOfWeek day, SessionKind kind, String title) {
            return week.session(day, kind, title);
        }

        SessionBuilder strength(DayOfWeek day, String title) {
            return week.strength(day, title);
        }

        WeekPlan build() {
            return week.build();
        }

        Session toSession() {
            List<Block> list = new ArrayList<>();
            blocks.forEach((type, ps) -> list.add(new Block(type, ps)));
            return new Session(id, kind, title, list);
        }
    }
}
