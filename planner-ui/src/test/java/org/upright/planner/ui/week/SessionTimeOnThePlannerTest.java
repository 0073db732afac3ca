package org.upright.planner.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.plan.PlanEdit;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * The planner opens on the lifter's own week (their zone, not the server's) and shows a session's
 * time of day on its card (issue 13).
 */
@UiTest
class SessionTimeOnThePlannerTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    TimeZoneService zones;

    @Test
    void aLifterOnKiritimatiSeesTheirWeekWithTheSessionAtItsTime() {
        AccountSummary lifter = new TestPeople(accounts, coaching).create("Kai Kiritimati", Role.LIFTER);
        TestPeople.signIn(lifter);
        zones.adoptBrowserZone("Pacific/Kiritimati");
        LocalDate today = zones.myToday();
        LocalDate monday = Weeks.startOf(today);
        plans.edit(
                lifter.id(),
                monday,
                PlannedWeek.NOT_SAVED,
                new PlanEdit.AddSession(today, SessionKind.MOBILITY, "Dawn mobility", LocalTime.of(6, 30)));

        navigate(MyWeekView.class);

        assertThat($(Span.class).withClassName("session-time").all())
                .as("the session of the lifter's own week, at its time")
                .singleElement()
                .satisfies(time -> assertThat(time.getText()).contains("6:30"));
    }
}
