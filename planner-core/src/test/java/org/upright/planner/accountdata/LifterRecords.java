package org.upright.planner.accountdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.HabitBlock;
import org.upright.planner.journal.HabitService;
import org.upright.planner.journal.LoggedSession;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.review.ReviewService;
import org.upright.planner.safety.PainLocation;
import org.upright.planner.safety.PainTiming;

/**
 * Test helper: a lifter with one record of each kind they keep, and their coach's note on a review,
 * for the tests of what leaves with the lifter's data (export) and what goes with the account
 * (deletion).
 */
@Component
class LifterRecords {

    static final String SESSION = "Pull day";
    static final int PAIN = 3;
    /** Quotes, a comma and a line break: what a CSV writer must quote. */
    static final String PAIN_NOTE = "Felt \"strong\", then tired,\nso I stopped";

    static final String HABIT = "Walk after lunch";
    static final String REVIEW_NOTE = "Keep rowing; well done";

    private final People people;
    private final WeekPlanService plans;
    private final SessionLogService logs;
    private final CheckInService checkIns;
    private final HabitService habits;
    private final ReviewService reviews;

    LifterRecords(
            People people,
            WeekPlanService plans,
            SessionLogService logs,
            CheckInService checkIns,
            HabitService habits,
            ReviewService reviews) {
        this.people = people;
        this.plans = plans;
        this.logs = logs;
        this.checkIns = checkIns;
        this.habits = habits;
        this.reviews = reviews;
    }

    /**
     * Today: a strength session with rows, planned and marked done, a check-in with a note, a habit
     * chosen and ticked; and the coach's note on the review of the last complete week.
     */
    void keepOneOfEach(AccountSummary lifter, AccountSummary coach) {
        LocalDate today = LocalDate.now();
        LocalDate week = Weeks.startOf(today);
        people.as(lifter, () -> {
            PlannedWeek planned =
                    plans.addSession(lifter.id(), week, PlannedWeek.NOT_SAVED, today, SessionKind.STRENGTH, SESSION);
            String session = planned.plan().sessions().findFirst().orElseThrow().id();
            plans.addExercise(lifter.id(), week, planned.version(), session, BlockType.MAIN, CatalogSlugs.DUMBBELL_ROW);
            logs.markDoneAsPlanned(lifter.id(), week, session, LoggedSession.NOT_LOGGED);
            checkIns.checkIn(
                    lifter.id(),
                    new PainEntry(today, PainTiming.AFTER, PAIN, PainLocation.values()[0], PAIN_NOTE, null),
                    Set.of());
            habits.chooseHabits(lifter.id(), List.of(HABIT), HabitBlock.NONE);
            habits.tick(lifter.id(), HABIT, today, true);
        });
        people.as(coach, () -> reviews.saveNote(lifter.id(), ReviewPeriod.lastCompleteWeek(today), REVIEW_NOTE, -1));
    }
}
