package org.upright.planner.ui.journal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.planner.account.AccountService;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The warning-sign checklist a new lifter answers right after creating their account (sign-up
 * sends lifters here, with where to go next as {@code ?next=}). Ticking anything shows the notice
 * at once and pauses the plan; answering "none" goes straight on. A lifter who leaves without
 * answering is reminded above the planner until they do, and is asked again at the first check-in
 * of the week.
 */
@Route(value = SafetyCheckView.ROUTE, autoLayout = false)
@RolesAllowed("LIFTER")
public class SafetyCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "welcome/safety-check";

    final RedFlagChecklist checklist = new RedFlagChecklist(getTranslation("journal.safetyCheck.intro"));
    final Button save = new Button(getTranslation("journal.safetyCheck.save"));
    private final SafetyPanel result = new SafetyPanel(true, false, null);
    private String next = "./";

    public SafetyCheckView(AccountService accounts, CheckInService checkIns, SafetyService safety) {
        long lifterId = accounts.me().id();
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        Div card = new Div();
        card.addClassNames("upright-centred-card", "safety-check-card");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-safety-check");
        save.setWidthFull();
        Paragraph disclaimer = new Paragraph(ReaderText.render(Disclaimer.TEXT));
        disclaimer.addClassName("upright-disclaimer");
        Button onward = new Button(getTranslation("journal.safetyCheck.continue"), click -> go());
        onward.setId("continue");
        onward.setVisible(false);
        result.setVisible(false);
        save.addClickListener(click -> {
            try {
                checkIns.answerRedFlags(lifterId, checklist.ticked(), RedFlagCheckReason.SIGN_UP);
            } catch (JournalEntryRejected rejected) {
                checklist.showError(ReaderText.render(rejected.reason()));
                return;
            }
            var assessment = safety.assess(lifterId);
            if (!assessment.planPaused()) {
                go();
                return;
            }
            // A warning sign: say so before anything else, then let them on to the (paused) plan.
            result.show(assessment);
            result.setVisible(true);
            checklist.setVisible(false);
            save.setVisible(false);
            onward.setVisible(true);
        });
        card.add(new H2(getTranslation("journal.safetyCheck.title")), result, checklist, save, onward, disclaimer);
        add(brand, card);
    }

    /** Where sign-up sends a new lifter: here first, then on to {@code then} ("./" or a path). */
    public static String afterSignUp(String then) {
        return then.equals("./") ? ROUTE : ROUTE + "?next=" + then;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.safetyCheck.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Only paths inside the application: never an address somewhere else.
        next = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("next")
                .filter(path -> path.matches("[A-Za-z0-9_-][A-Za-z0-9/_-]*"))
                .orElse("./");
    }

    private void go() {
        getUI().ifPresent(ui -> ui.getPage().setLocation(next.isEmpty() ? "./" : next));
    }
}
