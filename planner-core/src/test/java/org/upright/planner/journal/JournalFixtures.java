package org.upright.planner.journal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;

/** Test helper: lifters with planned weeks to log against. */
@Component
class JournalFixtures {

    private final People people;
    private final WeekPlanService plans;

    JournalFixtures(People people, WeekPlanService plans) {
        this.people = people;
        this.plans = plans;
    }

    static LocalDate today() {
        return LocalDate.now();
    }

    static LocalDate thisWeek() {
        return Weeks.startOf(today());
    }

    /** Adds a strength session with rows and a press on {@code day}; returns the week as stored. */
    PlannedWeek planSession(AccountSummary lifter, LocalDate day, String title) {
        return people.as(lifter, () -> {
            LocalDate week = Weeks.startOf(day);
            PlannedWeek current = plans.week(lifter.id(), week);
            PlannedWeek added =
                    plans.addSession(lifter.id(), week, current.version(), day, SessionKind.STRENGTH, title);
            String id = sessionId(added, title);
            PlannedWeek withRow = plans.addExercise(
                    lifter.id(), week, added.version(), id, BlockType.MAIN, CatalogSlugs.DUMBBELL_ROW);
            return plans.addExercise(
                    lifter.id(), week, withRow.version(), id, BlockType.MAIN, CatalogSlugs.BENCH_PRESS);
        });
    }

    static String sessionId(PlannedWeek week, String title) {
        return week.plan()
                .sessions()
                .filter(s -> s.title().equals(title))
                .map(Session::id)
                .findFirst()
                .orElseThrow();
    }

    static Session session(PlannedWeek week, String title) {
        return week.plan()
                .sessions()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
