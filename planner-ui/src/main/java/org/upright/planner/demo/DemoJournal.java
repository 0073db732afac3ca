package org.upright.planner.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Session;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.LoggedSession;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;

/**
 * Three weeks of journal for the demo lifters, written through the journal's own services (as the
 * lifter): Alex does most sessions and the back feels steadily better; Sam skips a lot and the
 * pain creeps up, so the coach's roster has someone to point at.
 */
@Component
class DemoJournal {

    private final WeekPlanService plans;
    private final SessionLogService logs;
    private final CheckInService checkIns;
    private final Clock clock;

    DemoJournal(WeekPlanService plans, SessionLogService logs, CheckInService checkIns, Clock clock) {
        this.plans = plans;
        this.logs = logs;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    void write(AccountSummary lifter, boolean improving) {
        // Nothing alarming at sign-up: the checklist answered "none of these".
        checkIns.answerRedFlags(lifter.id(), Set.of(), RedFlagCheckReason.SIGN_UP);
        LocalDate today = LocalDate.now(clock);
        LocalDate firstMonday = Weeks.startOf(today).minusWeeks(3);
        int day = 0;
        for (LocalDate monday = firstMonday; !monday.isAfter(today); monday = monday.plusWeeks(1)) {
            for (PlanDay planned : plans.week(lifter.id(), monday).plan().days()) {
                if (!planned.date().isBefore(today)) {
                    continue;
                }
                List<Session> sessions = planned.sessions();
                for (int i = 0; i < sessions.size(); i++) {
                    boolean done = improving ? (day + i) % 6 != 5 : (day + i) % 2 == 0;
                    if (done) {
                        logs.markDoneAsPlanned(
                                lifter.id(), monday, sessions.get(i).id(), LoggedSession.NOT_LOGGED);
                    }
                }
                int progress = (int) java.time.temporal.ChronoUnit.DAYS.between(firstMonday, planned.date());
                int before = improving ? Math.max(1, 6 - progress / 5) : Math.min(6, 3 + progress / 8);
                int after = Math.max(0, before - (improving ? 2 : 1));
                checkIn(lifter, planned.date(), PainTiming.BEFORE, before);
                checkIn(lifter, planned.date(), PainTiming.AFTER, after);
                day++;
            }
        }
    }

    /** Answers the checklist ("none of these") only when the app would ask for it. */
    private void checkIn(AccountSummary lifter, LocalDate date, PainTiming timing, int score) {
        Set<RedFlag> answers =
                checkIns.checklistDue(lifter.id(), date, score, "").isPresent() ? Set.of() : null;
        checkIns.checkIn(lifter.id(), PainEntry.of(date, timing, score), answers);
    }
}
