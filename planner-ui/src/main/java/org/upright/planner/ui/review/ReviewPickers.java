package org.upright.planner.ui.review;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.upright.planner.plan.Weeks;
import org.upright.planner.report.PaperSize;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.ui.i18n.ReaderText;
import org.upright.planner.ui.week.WeekLabels;

/** The choices a review is made with: how many weeks, ending with which week, on which paper. */
final class ReviewPickers {

    /** How far back the "ending with" list reaches. */
    static final int WEEKS_TO_CHOOSE_FROM = 26;

    private ReviewPickers() {}

    static Select<Integer> weekCount(int value) {
        Select<Integer> select = new Select<>();
        select.setLabel(ReaderText.words("ui.review.weeks"));
        select.setItems(4, 5, 6);
        select.setItemLabelGenerator(n -> ReaderText.words("ui.review.weekCount", n));
        select.setValue(value);
        return select;
    }

    /** The weeks from this one back half a year, labelled; {@code value} is added if older. */
    static Select<LocalDate> ending(LocalDate today, LocalDate value) {
        Select<LocalDate> select = new Select<>();
        select.setLabel(ReaderText.words("ui.review.endingWith"));
        select.setWidth("25rem");
        select.setMaxWidth("100%");
        LocalDate thisWeek = Weeks.startOf(today);
        LocalDate lastComplete = ReviewPeriod.lastCompleteWeek(today);
        List<LocalDate> mondays = new ArrayList<>();
        for (int back = 0; back < WEEKS_TO_CHOOSE_FROM; back++) {
            mondays.add(thisWeek.minusWeeks(back));
        }
        if (!mondays.contains(value)) {
            mondays.add(value);
        }
        select.setItems(mondays);
        select.setItemLabelGenerator(monday -> monday.equals(lastComplete)
                ? ReaderText.words("ui.review.lastCompleteWeek", WeekLabels.title(monday))
                : monday.equals(thisWeek)
                        ? ReaderText.words("ui.review.weekNotOver", WeekLabels.title(monday))
                        : WeekLabels.title(monday));
        select.setValue(value);
        return select;
    }

    static RadioButtonGroup<PaperSize> paper(PaperSize value) {
        RadioButtonGroup<PaperSize> group = new RadioButtonGroup<>(ReaderText.words("ui.review.paper"));
        group.setItems(PaperSize.values());
        group.setItemLabelGenerator(PaperChoice::label);
        group.setValue(value);
        group.addValueChangeListener(e -> PaperChoice.remember(e.getValue()));
        return group;
    }
}
