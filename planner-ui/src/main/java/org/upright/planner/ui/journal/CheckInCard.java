package org.upright.planner.ui.journal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.upright.planner.journal.CheckInOutcome;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.safety.PainLocation;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * "How is your back?" — a pain check-in in a few taps: before or after, 0–10, optionally where and
 * a note. When the red-flag checklist is due (first check-in of the week, pain of 7 or more, or a
 * note that mentions a warning sign) it opens right in the form, so it is answered with the
 * check-in and cannot be skipped.
 */
class CheckInCard extends Composite<Div> {

    final RadioButtonGroup<PainTiming> timing = new RadioButtonGroup<>(getTranslation("ui.checkIn.when"));
    final RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("ui.checkIn.score"));
    final Select<PainLocation> location = new Select<>();
    final TextArea note = new TextArea(getTranslation("ui.checkIn.note"));
    final DatePicker date = new DatePicker(getTranslation("ui.checkIn.day"));
    final Button save = new Button(getTranslation("ui.checkIn.save"));
    private final Paragraph formError = new Paragraph();
    private final Div checklistSlot = new Div();
    private final CheckInService checkIns;
    private final long lifterId;
    private final Consumer<CheckInOutcome> saved;
    private RedFlagChecklist checklist;

    CheckInCard(CheckInService checkIns, long lifterId, LocalDate today, Consumer<CheckInOutcome> saved) {
        this.checkIns = checkIns;
        this.lifterId = lifterId;
        this.saved = saved;
        Div root = getContent();
        root.addClassNames("journal-card", "check-in-card");
        root.setId("check-in");

        timing.setItems(PainTiming.BEFORE, PainTiming.AFTER);
        timing.setItemLabelGenerator(t -> getTranslation("ui.checkIn.timing." + t.name()));
        timing.setValue(PainTiming.BEFORE);
        score.setItems(IntStream.rangeClosed(PainReading.MIN_SCORE, PainReading.MAX_SCORE)
                .boxed()
                .toList());
        score.setItemLabelGenerator(String::valueOf);
        score.addClassName("pain-scale");
        score.setHelperText(getTranslation("ui.checkIn.score.helper"));
        score.setRequiredIndicatorVisible(true);
        location.setLabel(getTranslation("ui.checkIn.where"));
        location.setItems(PainLocation.values());
        location.setEmptySelectionAllowed(true);
        location.setEmptySelectionCaption(getTranslation("ui.checkIn.where.notSure"));
        location.setItemLabelGenerator(
                l -> l == null ? getTranslation("ui.checkIn.where.notSure") : JournalLabels.location(l));
        note.setMaxLength(PainReading.MAX_NOTE_LENGTH);
        note.setWidthFull();
        date.setValue(today);
        date.setMax(today);
        date.setMin(today.minusDays(CheckInService.MAX_DAYS_BACK));
        formError.addClassName("upright-form-error");
        formError.setVisible(false);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-check-in");
        save.addClickListener(click -> submit());

        score.addValueChangeListener(e -> refreshChecklist());
        date.addValueChangeListener(e -> refreshChecklist());

        Div details = new Div(location, date);
        details.addClassName("check-in-details");
        root.add(
                new H3(getTranslation("ui.checkIn.title")),
                formError,
                timing,
                score,
                checklistSlot,
                details,
                note,
                save);
    }

    /**
     * Shows the checklist inside the form when saving this check-in will need it. The note is not
     * watched while it is typed: a checklist that popped up as the note lost focus could take the
     * very click meant for "Save" as the answer "none of these". A note that mentions a warning sign
     * therefore opens the checklist when the lifter saves (the service refuses the check-in without
     * answers), and everything typed stays in the form.
     */
    private void refreshChecklist() {
        Optional<RedFlagCheckReason> due = score.getValue() == null || date.getValue() == null
                ? Optional.empty()
                : checkIns.checklistDue(lifterId, date.getValue(), score.getValue(), note.getValue());
        if (due.isPresent() && checklist == null) {
            checklist = new RedFlagChecklist(intro(due.get()));
            checklistSlot.add(checklist);
        } else if (due.isPresent()) {
            checklist.setIntro(intro(due.get()));
        } else if (checklist != null) {
            checklistSlot.removeAll();
            checklist = null;
        }
    }

    private String intro(RedFlagCheckReason reason) {
        return getTranslation(
                switch (reason) {
                    case HIGH_PAIN -> "ui.checkIn.checklist.highPain";
                    case WARNING_SIGN_IN_NOTE -> "ui.checkIn.checklist.note";
                    case FIRST_CHECK_IN_OF_WEEK, SIGN_UP, ON_REQUEST -> "ui.checkIn.checklist.weekly";
                });
    }

    private void submit() {
        score.setInvalid(false);
        date.setInvalid(false);
        note.setInvalid(false);
        formError.setVisible(false);
        Set<RedFlag> answers = checklist == null ? null : checklist.ticked();
        CheckInOutcome outcome;
        try {
            outcome = checkIns.checkIn(
                    lifterId,
                    new PainEntry(
                            date.getValue(),
                            timing.getValue(),
                            score.getValue(),
                            location.getValue(),
                            note.getValue(),
                            null),
                    answers);
        } catch (JournalEntryRejected rejected) {
            showError(rejected);
            return;
        }
        score.clear();
        note.clear();
        location.clear();
        checklistSlot.removeAll();
        checklist = null;
        saved.accept(outcome);
    }

    private void showError(JournalEntryRejected rejected) {
        switch (rejected.field()) {
            case JournalEntryRejected.SCORE -> {
                score.setErrorMessage(ReaderText.render(rejected.reason()));
                score.setInvalid(true);
            }
            case JournalEntryRejected.DATE -> {
                date.setErrorMessage(ReaderText.render(rejected.reason()));
                date.setInvalid(true);
            }
            case JournalEntryRejected.NOTE -> {
                note.setErrorMessage(ReaderText.render(rejected.reason()));
                note.setInvalid(true);
            }
            case JournalEntryRejected.RED_FLAGS -> {
                refreshChecklist();
                if (checklist != null) {
                    checklist.showError(ReaderText.render(rejected.reason()));
                }
            }
            default -> {
                formError.setText(ReaderText.render(rejected.reason()));
                formError.setVisible(true);
            }
        }
    }
}
