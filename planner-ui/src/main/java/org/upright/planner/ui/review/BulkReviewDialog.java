package org.upright.planner.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.common.Refusal;
import org.upright.planner.report.PaperSize;
import org.upright.planner.review.BulkJobRejected;
import org.upright.planner.review.BulkReviewJobs;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.review.ReviewRejected;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * What a coach picks before the reviews of several clients are prepared: the period and the paper.
 * With no client selected on the roster, it is every client.
 */
public final class BulkReviewDialog extends Dialog {

    final Select<Integer> weekCount = ReviewPickers.weekCount(ReviewRoutes.DEFAULT_WEEKS);
    final Select<LocalDate> ending;
    final RadioButtonGroup<PaperSize> paper = ReviewPickers.paper(PaperChoice.current());
    final Button start = new Button(getTranslation("bulkreview.dialog.start"));
    final Paragraph error = new Paragraph();

    /**
     * @param lifterIds the selected clients; empty for all of them
     * @param clientCount how many clients that is
     * @param started called once the job is on its way (to show its progress)
     */
    public BulkReviewDialog(
            BulkReviewJobs bulk, Collection<Long> lifterIds, int clientCount, LocalDate today, Runnable started) {
        List<Long> ids = List.copyOf(lifterIds);
        setHeaderTitle(getTranslation("bulkreview.dialog.title"));
        ending = ReviewPickers.ending(today, ReviewPeriod.lastCompleteWeek(today));
        Paragraph who = new Paragraph(getTranslation(
                ids.isEmpty() ? "bulkreview.dialog.allClients" : "bulkreview.dialog.selectedClients", clientCount));
        error.setId("bulk-error");
        error.addClassName("review-error");
        error.setVisible(false);
        start.setId("start-bulk-reviews");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(click -> {
            try {
                bulk.start(
                        ids,
                        ending.getValue(),
                        weekCount.getValue(),
                        paper.getValue().name());
                close();
                started.run();
            } catch (BulkJobRejected | ReviewRejected | AccessDeniedException refused) {
                error.setText(
                        refused instanceof AccessDeniedException
                                ? getTranslation("bulkreview.dialog.notYourClients")
                                : ReaderText.render(((Refusal) refused).reason()));
                error.setVisible(true);
            }
        });
        VerticalLayout body = new VerticalLayout(who, weekCount, ending, paper, error);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("bulkreview.dialog.cancel"), click -> close()), start);
    }
}
