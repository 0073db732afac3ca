package org.upright.planner.ui.review;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import org.upright.planner.review.ReviewAutoSend;

/**
 * The coach's choice to have a client's due reviews sent by themselves on one weekday (in the
 * client's time zone), or not at all; saved when picked.
 */
final class AutoSendPicker extends Select<DayOfWeek> {

    AutoSendPicker(ReviewAutoSend autoSend, long lifterId) {
        setId("review-auto-send");
        setLabel(getTranslation("sendreview.autoSend.label"));
        setHelperText(getTranslation("sendreview.autoSend.help"));
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("sendreview.autoSend.off"));
        setItems(DayOfWeek.values());
        setItemLabelGenerator(this::dayName);
        setValue(autoSend.day(lifterId).orElse(null));
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                autoSend.setDay(lifterId, change.getValue());
                Notification.show(
                        change.getValue() == null
                                ? getTranslation("sendreview.autoSend.stopped")
                                : getTranslation("sendreview.autoSend.saved", dayName(change.getValue())));
            }
        });
    }

    private String dayName(DayOfWeek day) {
        return day == null
                ? getTranslation("sendreview.autoSend.off")
                : day.getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
    }
}
