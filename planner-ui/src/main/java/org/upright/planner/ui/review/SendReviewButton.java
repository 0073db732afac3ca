package org.upright.planner.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.upright.planner.report.PaperSize;
import org.upright.planner.review.ReviewMailing;
import org.upright.planner.review.ReviewRejected;
import org.upright.planner.review.ReviewSent;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * E-mails the review on screen to the client: the PDF on the paper chosen here, in the client's
 * language whatever the screen's, with the coach's note as stored at the click. Disabled while it
 * sends, so a double click sends one mail.
 */
final class SendReviewButton extends Button {

    SendReviewButton(ReviewMailing mailing, long lifterId, LocalDate endWeek, int weeks, Supplier<PaperSize> paper) {
        setId("send-review");
        setText(getTranslation("sendreview.send"));
        setIcon(VaadinIcon.ENVELOPE_O.create());
        setTooltipText(getTranslation("sendreview.sendHelp"));
        setDisableOnClick(true);
        addClickListener(click -> {
            try {
                ReviewSent sent =
                        mailing.send(lifterId, endWeek, weeks, paper.get().name());
                Notification.show(getTranslation("sendreview.sent", sent.to()))
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (ReviewRejected rejected) {
                Notification.show(ReaderText.render(rejected.reason())).addThemeVariants(NotificationVariant.ERROR);
            } finally {
                setEnabled(true);
            }
        });
    }
}
