package org.upright.planner.ui.journal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.SafetyService;

/**
 * The safety status above a lifter's planner: "plan paused" with the notice while a red flag is
 * open, referrals for severe or not-improving pain, and — for a lifter who has not answered it yet
 * — a prompt to take the warning-sign checklist. Shown to the lifter and to their coach; empty when
 * all is clear. Loads on attach, so it is current whenever the planner is opened.
 */
public class SafetyBanner extends Composite<Div> {

    private final long lifterId;

    public SafetyBanner(long lifterId) {
        this.lifterId = lifterId;
        getContent().addClassName("safety-banner");
        getContent().setId("safety-banner");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Instantiator beans = Instantiator.get(attach.getUI());
        SafetyService safety = beans.getOrCreate(SafetyService.class);
        boolean own = beans.getOrCreate(CurrentUser.class)
                .get()
                .map(me -> me.id() == lifterId)
                .orElse(false);
        show(
                safety.assess(lifterId),
                own,
                own && !beans.getOrCreate(CheckInService.class).hasAnsweredChecklist(lifterId));
    }

    private void show(SafetyAssessment assessment, boolean own, boolean checklistMissing) {
        Div root = getContent();
        root.removeAll();
        SafetyPanel panel = new SafetyPanel(own, false, null);
        panel.show(assessment);
        if (!assessment.notices().isEmpty()) {
            root.add(panel);
        }
        // The lifter has the journal in the menu; a coach reaches a client's journal from here.
        if (!own || !assessment.notices().isEmpty()) {
            Anchor journal = own
                    ? new Anchor(
                            "journal",
                            getTranslation(
                                    assessment.planPaused()
                                            ? "journal.banner.openJournalToClear"
                                            : "journal.banner.openJournal"))
                    : new Anchor(ClientJournalView.path(lifterId), getTranslation("journal.banner.openClientJournal"));
            journal.addClassName("safety-link");
            journal.setId("journal-link");
            root.add(journal);
        }
        if (checklistMissing) {
            Div prompt = new Div(
                    new Span(getTranslation("journal.banner.checkPrompt") + " "),
                    new Anchor(SafetyCheckView.ROUTE, getTranslation("journal.banner.answerNow")));
            prompt.addClassName("safety-prompt");
            prompt.setId("safety-check-prompt");
            root.add(prompt);
        }
        root.setVisible(root.getChildren().findAny().isPresent());
    }
}
