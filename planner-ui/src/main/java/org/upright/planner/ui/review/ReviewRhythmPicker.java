package org.upright.planner.ui.review;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.review.ReviewRhythms;

/** The coach's choice of how often a client is reviewed: every 4, 5 or 6 weeks, saved when picked. */
final class ReviewRhythmPicker extends Select<Integer> {

    ReviewRhythmPicker(ReviewRhythms rhythms, long lifterId) {
        setId("review-rhythm");
        setLabel(getTranslation("accountdata.rhythm.label"));
        setItems(List.of(ReviewPeriod.MIN_WEEKS, 5, ReviewPeriod.MAX_WEEKS));
        setItemLabelGenerator(weeks -> getTranslation("accountdata.rhythm.weeks", weeks));
        setValue(rhythms.schedules(List.of(lifterId)).get(lifterId).weeks());
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                rhythms.setRhythm(lifterId, change.getValue());
                Notification.show(getTranslation("accountdata.rhythm.saved", change.getValue()));
            }
        });
    }
}
