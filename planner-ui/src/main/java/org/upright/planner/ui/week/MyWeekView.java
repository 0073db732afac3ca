package org.upright.planner.ui.week;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.plan.CalendarExport;
import org.upright.planner.plan.TemplateService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;

/** A lifter plans their own week: {@code /week} for this week, {@code /week/2026-W48} for another. */
@Route("week/:week?")
@RolesAllowed("LIFTER")
public class MyWeekView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("ui.week.myPageTitle");
    }

    private final PlannerBoard board;
    private final Clock clock;
    private final TimeZoneService zones;

    public MyWeekView(
            AccountService accounts,
            ProfileService profiles,
            WeekPlanService plans,
            TemplateService templates,
            ExerciseCatalog catalogue,
            Clock clock,
            TimeZoneService zones) {
        this.clock = clock;
        this.zones = zones;
        addClassNames("upright-page", "wide");
        setPadding(false);
        AccountSummary me = accounts.me();
        board = new PlannerBoard(
                plans,
                templates,
                catalogue.visible(),
                profiles.myWeightUnit(),
                me.id(),
                me.displayName(),
                new CalendarExport(clock),
                false,
                zones,
                day -> getUI().ifPresent(ui -> ui.navigate(
                        MyWeekView.class, new RouteParameters("week", WeekLabels.urlParameter(Weeks.startOf(day))))));
        add(board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate day = event.getRouteParameters()
                .get("week")
                .flatMap(WeekLabels::parse)
                .orElseGet(zones::myToday);
        board.open(day);
    }
}
