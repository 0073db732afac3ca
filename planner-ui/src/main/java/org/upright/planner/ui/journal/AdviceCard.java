package org.upright.planner.ui.journal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.upright.planner.journal.JournalService;
import org.upright.planner.review.Recommendation;
import org.upright.planner.review.RecommendationKind;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * "What next", from the last four weeks, worked out as the review does: consistency first, time to
 * progress (never while pain rises or a flag is open), hold for now and why, rebalancing, and how
 * long change takes. The paused plan and the referrals are in the safety panel above, not repeated.
 */
class AdviceCard extends Composite<Div> {

    private static final Set<RecommendationKind> SHOWN_ABOVE =
            Set.of(RecommendationKind.PLAN_PAUSED, RecommendationKind.SEE_PHYSICAL_THERAPIST);

    private final JournalService journal;
    private final long lifterId;
    private final Div list = new Div();

    AdviceCard(JournalService journal, long lifterId) {
        this.journal = journal;
        this.lifterId = lifterId;
        Div root = getContent();
        root.addClassNames("journal-card", "advice-card");
        root.setId("advice");
        Paragraph disclaimer = new Paragraph(ReaderText.render(Disclaimer.TEXT));
        disclaimer.addClassName("upright-disclaimer");
        root.add(new H3(getTranslation("journal.advice.title")), list, disclaimer);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Recommendation> advice = journal.advice(lifterId).stream()
                .filter(r -> !SHOWN_ABOVE.contains(r.kind()))
                .toList();
        for (Recommendation recommendation : advice) {
            Div item = new Div();
            item.addClassName("advice");
            item.getElement().setAttribute("data-kind", recommendation.kind().name());
            Span headline = new Span(ReaderText.render(recommendation.headline()));
            headline.addClassName("advice-headline");
            item.add(headline, new Paragraph(ReaderText.render(recommendation.message())));
            list.add(item);
        }
    }
}
