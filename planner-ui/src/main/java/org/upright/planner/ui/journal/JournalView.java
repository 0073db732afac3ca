package org.upright.planner.ui.journal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.journal.CheckInOutcome;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.HabitService;
import org.upright.planner.journal.JournalService;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The lifter's journal, phone first: the safety status on top (unmissable while a red flag is
 * open), then the check-in, the week's sessions to log, habits, the last weeks' pain and
 * adherence, what to do next, and the printable card.
 */
@Route("journal")
@RolesAllowed("LIFTER")
public class JournalView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("ui.journal.pageTitle");
    }

    private final SafetyService safety;
    private final CheckInService checkIns;
    private final long lifterId;
    private final TimeZoneService zones;
    private final SafetyPanel safetyPanel;
    private final HistoryCard history;
    private final AdviceCard advice;

    public JournalView(
            AccountService accounts,
            ProfileService profiles,
            SafetyService safety,
            CheckInService checkIns,
            SessionLogService logs,
            HabitService habits,
            JournalService journal,
            WeekPlanService plans,
            TimeZoneService zones) {
        this.safety = safety;
        this.checkIns = checkIns;
        this.zones = zones;
        AccountSummary me = accounts.me();
        this.lifterId = me.id();
        addClassNames("upright-page", "journal-page");
        setPadding(false);
        LocalDate today = zones.myToday();

        safetyPanel = new SafetyPanel(true, true, this::openClearance);
        Button report = new Button(
                getTranslation("ui.journal.reportWarningSign"),
                VaadinIcon.WARNING.create(),
                click -> new RedFlagDialog(checkIns, lifterId, this::refreshSafety).open());
        report.addThemeVariants(ButtonVariant.TERTIARY);
        report.setId("report-red-flag");
        history = new HistoryCard(journal, lifterId);
        advice = new AdviceCard(journal, lifterId);
        CheckInCard checkIn = new CheckInCard(checkIns, lifterId, today, this::checkedIn);
        SessionsCard sessions =
                new SessionsCard(logs, plans, lifterId, today, profiles.myWeightUnit(), this::refreshAll);
        HabitsCard habitsCard = new HabitsCard(habits, lifterId, today, true);
        Div card = new Div(CardDownload.link(journal, safety, lifterId, me.displayName(), zones::myToday, getLocale()));
        card.addClassNames("journal-card", "card-download");
        Paragraph disclaimer = new Paragraph(ReaderText.render(Disclaimer.TEXT));
        disclaimer.addClassName("upright-disclaimer");

        Div grid = new Div(checkIn, sessions, habitsCard, history, advice, card);
        grid.addClassName("journal-grid");
        add(new H2(getTranslation("ui.journal.title")), safetyPanel, report, grid, disclaimer);
        refreshSafety();
    }

    private void checkedIn(CheckInOutcome outcome) {
        refreshAll();
        if (outcome.anyRedFlag()) {
            // The notice is the first thing on the page: take the lifter there.
            safetyPanel.scrollIntoView();
        }
    }

    private void openClearance() {
        new ClearanceDialog(checkIns, lifterId, zones.myToday(), this::refreshAll).open();
    }

    private void refreshAll() {
        refreshSafety();
        history.refresh();
        advice.refresh();
    }

    private void refreshSafety() {
        safetyPanel.show(safety.assess(lifterId));
    }
}
