package org.upright.planner.ui.review;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.review.ReviewMailing;
import org.upright.planner.review.ReviewService;
import org.upright.planner.ui.week.WeekLabels;

/** A lifter's own review: {@code /review} for the last complete week, {@code /review/2026-W19?weeks=6}. */
@Route("review/:week?")
@RolesAllowed("LIFTER")
public class MyReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final ReviewPrinter printer;
    private final ReviewService reviews;
    private final TimeZoneService zones;
    private final ReviewMailing mailing;

    public MyReviewView(
            AccountService accounts,
            ReviewPrinter printer,
            ReviewService reviews,
            TimeZoneService zones,
            ReviewMailing mailing) {
        this.mailing = mailing;
        this.accounts = accounts;
        this.printer = printer;
        this.reviews = reviews;
        this.zones = zones;
        addClassNames("upright-page", "wide");
        setPadding(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.review.myPageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = zones.myToday();
        removeAll();
        add(new ReviewPanel(
                printer,
                reviews,
                mailing,
                accounts.me().id(),
                ReviewRoutes.endWeek(event, today),
                ReviewRoutes.weekCount(event),
                today,
                ReviewPanel.Reader.LIFTER,
                getLocale(),
                (week, weeks) -> getUI().ifPresent(ui -> ui.navigate(
                        MyReviewView.class,
                        new RouteParameters("week", WeekLabels.urlParameter(week)),
                        ReviewRoutes.query(weeks)))));
    }
}
