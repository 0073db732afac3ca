package org.upright.planner.ui.journal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.journal.HabitService;
import org.upright.planner.journal.JournalService;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * A coach reads a client's journal: {@code /clients/42/journal}. Read-only — the journal is the
 * lifter's own account. Anyone who is not the client's current coach gets "not found".
 */
@Route("clients/:lifterId/journal")
@RolesAllowed("COACH")
public class ClientJournalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("journal.client.pageTitle");
    }

    /** Where the client's coach reads this journal. */
    static String path(long lifterId) {
        return "clients/" + lifterId + "/journal";
    }

    private static String weekPath(long lifterId) {
        return "clients/" + lifterId + "/week";
    }

    private final AccountService accounts;
    private final SafetyService safety;
    private final JournalService journal;
    private final HabitService habits;
    private final TimeZoneService zones;

    public ClientJournalView(
            AccountService accounts,
            SafetyService safety,
            JournalService journal,
            HabitService habits,
            TimeZoneService zones) {
        this.accounts = accounts;
        this.safety = safety;
        this.journal = journal;
        this.habits = habits;
        this.zones = zones;
        addClassNames("upright-page", "journal-page");
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
        SafetyPanel panel = new SafetyPanel(false, true, null);
        panel.show(safety.assess(lifterId));
        Anchor week = new Anchor(weekPath(lifterId), getTranslation("journal.client.openWeek", client.displayName()));
        Div grid = new Div(
                new HistoryCard(journal, lifterId),
                new HabitsCard(habits, lifterId, zones.todayOf(lifterId), false),
                new AdviceCard(journal, lifterId));
        grid.addClassName("journal-grid");
        Paragraph disclaimer = new Paragraph(ReaderText.render(Disclaimer.TEXT));
        disclaimer.addClassName("upright-disclaimer");
        removeAll();
        add(new H2(getTranslation("journal.client.title", client.displayName())), week, panel, grid, disclaimer);
    }
}
