package org.upright.planner.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.Optional;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.review.ReviewNote;
import org.upright.planner.review.ReviewRejected;
import org.upright.planner.review.ReviewService;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The coach's note for this review, printed in the PDF. The text area has no hard length limit:
 * a pasted text that is too long stays as typed, the save is refused and the field says by how
 * much, so nothing typed is lost.
 */
final class ReviewNoteEditor extends Div {

    final TextArea text = new TextArea(getTranslation("ui.review.note.label"));
    final Button save = new Button(getTranslation("ui.review.note.save"));
    private final ReviewService reviews;
    private final long lifterId;
    private final LocalDate endWeek;
    private long version;

    ReviewNoteEditor(ReviewService reviews, long lifterId, LocalDate endWeek, Optional<ReviewNote> note) {
        this.reviews = reviews;
        this.lifterId = lifterId;
        this.endWeek = endWeek;
        this.version = note.map(ReviewNote::version).orElse(ReviewNote.NEVER_SAVED);
        setId("review-note");
        addClassName("review-note");
        text.setId("review-note-text");
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setValue(note.map(ReviewNote::text).orElse(""));
        text.setHelperText(getTranslation("ui.review.note.helper"));
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.addValueChangeListener(e -> text.setInvalid(false));
        save.setId("save-review-note");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        add(new H3(getTranslation("ui.review.note.heading")), text, save);
        if (note.isPresent()) {
            add(new Paragraph(
                    getTranslation("ui.review.note.lastSavedBy", note.get().authorName())));
        }
    }

    private void save() {
        try {
            ReviewNote saved = reviews.saveNote(lifterId, endWeek, text.getValue(), version);
            version = saved.version();
            Notification.show(
                            saved.version() == ReviewNote.NEVER_SAVED
                                    ? getTranslation("ui.review.note.removed")
                                    : getTranslation("ui.review.note.saved"),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ReviewRejected tooLong) {
            text.setErrorMessage(ReaderText.render(tooLong.reason()));
            text.setInvalid(true);
        } catch (StaleEditException changedElsewhere) {
            text.setErrorMessage(
                    getTranslation("ui.review.note.changedElsewhere", ReaderText.render(changedElsewhere.reason())));
            text.setInvalid(true);
        }
    }
}
