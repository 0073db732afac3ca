package org.upright.planner.ui.week;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;

/** A lifter's start page: this ISO week, and whose it is. The planner grows here. */
@Route("week")
@PageTitle("My week · Upright")
@RolesAllowed("LIFTER")
public class MyWeekView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public MyWeekView(AccountService accounts, Clock clock) {
        addClassName("upright-page");
        AccountSummary me = accounts.me();
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int year = monday.get(IsoFields.WEEK_BASED_YEAR);

        H2 title = new H2(me.displayName() + "'s week");
        Paragraph when = new Paragraph("Week " + week + " of " + year + ": " + monday.format(DAY) + " to "
                + monday.plusDays(6).format(DAY) + ".");
        when.setId("week-range");
        add(title, when);
    }
}
