package org.upright.planner.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.review.ReviewAutoSend;
import org.upright.planner.review.ReviewMailing;
import org.upright.planner.review.ReviewRhythms;
import org.upright.planner.review.ReviewService;
import org.upright.planner.ui.coaching.ClientWeekView;
import org.upright.planner.ui.week.WeekLabels;

/**
 * A coach reviews a client: {@code /clients/42/review/2026-W19?weeks=6}. As with the client's week,
 * the id proves nothing: anyone but the current coach gets "not found".
 */
@Route("clients/:lifterId/review/:week?")
@RolesAllowed("COACH")
public class ClientReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final ReviewPrinter printer;
    private final ReviewService reviews;
    private final TimeZoneService zones;
    private final ProfileService profiles;

    private final ReviewRhythms rhythms;
    private final ReviewMailing mailing;
    private final ReviewAutoSend autoSend;

    public ClientReviewView(
            AccountService accounts,
            ReviewPrinter printer,
            ReviewService reviews,
            TimeZoneService zones,
            ProfileService profiles,
            ReviewRhythms rhythms,
            ReviewMailing mailing,
            ReviewAutoSend autoSend) {
        this.mailing = mailing;
        this.autoSend = autoSend;
        this.profiles = profiles;
        this.accounts = accounts;
        this.rhythms = rhythms;
        this.printer = printer;
        this.reviews = reviews;
        this.zones = zones;
        addClassNames("upright-page", "wide");
        setPadding(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.review.clientPageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long lifterId;
        try {
            lifterId = Long.parseLong(event.getRouteParameters().get("lifterId").orElse(""));
            accounts.lifter(lifterId);
        } catch (NumberFormatException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        LocalDate today = zones.todayOf(lifterId);
        String id = Long.toString(lifterId);
        Button week = new Button(
                getTranslation("ui.review.planWeek"),
                VaadinIcon.CALENDAR.create(),
                click -> getUI().ifPresent(
                                ui -> ui.navigate(ClientWeekView.class, new RouteParameters("lifterId", id))));
        week.addThemeVariants(ButtonVariant.TERTIARY);
        removeAll();
        add(
                week,
                new FlexLayout(new ReviewRhythmPicker(rhythms, lifterId), new AutoSendPicker(autoSend, lifterId)),
                new ReviewPanel(
                        printer,
                        reviews,
                        mailing,
                        lifterId,
                        ReviewRoutes.endWeek(event, today),
                        ReviewRoutes.weekCount(event),
                        today,
                        ReviewPanel.Reader.COACH,
                        // printed in the client's language unless the coach picks another
                        profiles.languageOf(lifterId),
                        (end, weeks) -> getUI().ifPresent(ui -> ui.navigate(
                                ClientReviewView.class,
                                new RouteParameters(Map.of("lifterId", id, "week", WeekLabels.urlParameter(end))),
                                ReviewRoutes.query(weeks)))));
    }
}
