package org.upright.planner.ui.journal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.upright.planner.safety.RedFlagEpisode;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.SafetyNotice;
import org.upright.planner.safety.Urgency;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * What the safety rules say, impossible to miss: while a red flag is open, a red box that says the
 * plan is paused and, in plain words, to see a medical professional now (emergency care for loss
 * of bladder or bowel control); below it any referral (severe pain, not improving). Shows nothing
 * when all is clear. The lifter gets the button to record a professional's clearance; the coach
 * reads the same words about their client.
 */
public class SafetyPanel extends Composite<Div> {

    private final boolean ownJournal;
    private final boolean withHistory;
    private final Runnable recordClearance;

    /**
     * @param ownJournal true for the lifter, false for their coach (wording, no clearance button)
     * @param withHistory whether to list earlier, resolved warning signs too
     * @param recordClearance opens the clearance form; {@code null} to offer none
     */
    public SafetyPanel(boolean ownJournal, boolean withHistory, Runnable recordClearance) {
        this.ownJournal = ownJournal;
        this.withHistory = withHistory;
        this.recordClearance = recordClearance;
        getContent().addClassName("safety-panel");
    }

    public void show(SafetyAssessment assessment) {
        Div root = getContent();
        root.removeAll();
        if (assessment.planPaused()) {
            root.add(stopBox(assessment));
        }
        List<SafetyNotice> referrals = assessment.notices().stream()
                .filter(n -> n.urgency() == Urgency.RECOMMEND_PROFESSIONAL)
                .toList();
        if (!referrals.isEmpty()) {
            Div refer = new Div();
            refer.addClassName("safety-refer");
            refer.setId("safety-referral");
            refer.getElement().setAttribute("role", "status");
            referrals.forEach(n -> refer.add(notice(n)));
            root.add(refer);
        }
        List<RedFlagEpisode> resolved =
                assessment.redFlagHistory().stream().filter(e -> !e.isOpen()).toList();
        if (withHistory && !resolved.isEmpty()) {
            root.add(history(resolved));
        }
        root.setVisible(root.getChildren().findAny().isPresent());
    }

    private Div stopBox(SafetyAssessment assessment) {
        Div stop = new Div();
        stop.addClassName("safety-stop");
        stop.setId("safety-notice");
        stop.getElement().setAttribute("role", "alert");
        if (assessment.mostUrgent().orElse(Urgency.SEE_PROFESSIONAL_NOW) == Urgency.EMERGENCY) {
            stop.addClassName("emergency");
        }
        H3 paused = new H3(getTranslation(ownJournal ? "journal.safety.paused" : "journal.safety.paused.client"));
        paused.setId("plan-paused");
        stop.add(paused);
        assessment.notices().stream()
                .filter(n -> n.urgency() != Urgency.RECOMMEND_PROFESSIONAL)
                .forEach(n -> stop.add(notice(n)));
        stop.add(new Paragraph(
                getTranslation(ownJournal ? "journal.safety.paused.text" : "journal.safety.paused.clientText")));
        if (ownJournal && recordClearance != null) {
            Button cleared = new Button(getTranslation("journal.safety.cleared"), click -> recordClearance.run());
            cleared.setId("record-clearance");
            stop.add(cleared);
        }
        return stop;
    }

    private static Div notice(SafetyNotice notice) {
        Div box = new Div();
        box.addClassName("safety-notice");
        Span headline = new Span(ReaderText.render(notice.headline()));
        headline.addClassName("safety-headline");
        box.add(headline, new Paragraph(ReaderText.render(notice.message())));
        return box;
    }

    private Div history(List<RedFlagEpisode> resolved) {
        Div history = new Div();
        history.addClassName("safety-history");
        history.add(new Span(getTranslation("journal.safety.earlier")));
        UnorderedList list = new UnorderedList();
        for (RedFlagEpisode episode : resolved) {
            String flag = RedFlagLabels.shortLabel(episode.flag());
            String reported = JournalLabels.day(episode.raisedOn());
            String cleared = JournalLabels.day(episode.clearance().date());
            String note = episode.clearance().note();
            list.add(new ListItem(
                    note.isBlank()
                            ? getTranslation("journal.safety.episode", flag, reported, cleared)
                            : getTranslation("journal.safety.episode.note", flag, reported, cleared, note)));
        }
        history.add(list);
        return history;
    }
}
