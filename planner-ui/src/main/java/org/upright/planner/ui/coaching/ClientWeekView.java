package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.coaching.ClientSettingsService;
import org.upright.planner.coaching.CoachNoteService;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.plan.CalendarExport;
import org.upright.planner.plan.TemplateService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.ui.review.ClientReviewView;
import org.upright.planner.ui.week.PlannerBoard;
import org.upright.planner.ui.week.WeekLabels;

/**
 * A coach plans a client's week: {@code /clients/42/week/2026-W48}. The id in the URL proves
 * nothing: the services refuse anyone who is not the client's current coach, and the screen then
 * shows "not found" so a guessed id learns nothing.
 */
@Route("clients/:lifterId/week/:week?")
@RolesAllowed("COACH")
public class ClientWeekView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.clientWeek.pageTitle");
    }

    private final AccountService accounts;
    private final ProfileService profiles;
    private final WeekPlanService plans;
    private final TemplateService templates;
    private final CoachNoteService notes;
    private final ClientSettingsService clientSettings;
    private final ExerciseCatalog catalogue;
    private final Clock clock;
    private final TimeZoneService zones;

    public ClientWeekView(
            AccountService accounts,
            ProfileService profiles,
            WeekPlanService plans,
            TemplateService templates,
            ExerciseCatalog catalogue,
            CoachNoteService notes,
            ClientSettingsService clientSettings,
            Clock clock,
            TimeZoneService zones) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.plans = plans;
        this.templates = templates;
        this.notes = notes;
        this.clientSettings = clientSettings;
        this.catalogue = catalogue;
        this.clock = clock;
        this.zones = zones;
        addClassNames("upright-page", "wide");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long lifterId;
        AccountSummary client;
        try {
            lifterId = Long.parseLong(event.getRouteParameters().get("lifterId").orElse(""));
            client = accounts.lifter(lifterId);
        } catch (NumberFormatException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        LocalDate day = event.getRouteParameters()
                .get("week")
                .flatMap(WeekLabels::parse)
                .orElseGet(() -> zones.todayOf(lifterId));
        PlannerBoard board = new PlannerBoard(
                plans,
                templates,
                catalogue.visible(),
                profiles.myWeightUnit(),
                lifterId,
                client.displayName(),
                new CalendarExport(clock),
                true,
                zones,
                target -> getUI().ifPresent(ui -> ui.navigate(
                        ClientWeekView.class,
                        new RouteParameters(java.util.Map.of(
                                "lifterId",
                                Long.toString(lifterId),
                                "week",
                                WeekLabels.urlParameter(Weeks.startOf(target)))))));
        removeAll();
        Button settings = new Button(
                getTranslation("coaching.clientWeek.settings"),
                VaadinIcon.SLIDERS.create(),
                click -> new ClientSettingsDialog(
                                lifterId, client.displayName(), profiles, notes, clientSettings, () -> board.open(day))
                        .open());
        settings.addThemeVariants(ButtonVariant.TERTIARY);
        settings.setId("client-settings");
        Button review = new Button(
                getTranslation("coaching.clientWeek.review"),
                VaadinIcon.CHART.create(),
                click -> getUI().ifPresent(ui ->
                        ui.navigate(ClientReviewView.class, new RouteParameters("lifterId", Long.toString(lifterId)))));
        review.addThemeVariants(ButtonVariant.TERTIARY);
        review.setId("client-review");
        add(new HorizontalLayout(settings, review), board);
        board.open(day);
    }
}
