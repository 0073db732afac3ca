package org.upright.planner.ui.journal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.ui.i18n.ReaderText;

/** The lifter records that a doctor or physical therapist has seen and cleared them. */
class ClearanceDialog extends Dialog {

    final DatePicker date = new DatePicker(getTranslation("journal.clearance.date"));
    final TextArea note = new TextArea(getTranslation("journal.clearance.note"));
    private final Paragraph formError = new Paragraph();

    ClearanceDialog(CheckInService checkIns, long lifterId, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("journal.clearance.title"));
        date.setValue(today);
        date.setMax(today);
        date.setWidthFull();
        note.setMaxLength(ProfessionalClearance.MAX_NOTE_LENGTH);
        note.setWidthFull();
        formError.addClassName("upright-form-error");
        formError.setVisible(false);
        add(new Paragraph(getTranslation("journal.clearance.intro")), formError, date, note);
        Button save = new Button(getTranslation("journal.clearance.save"), click -> {
            date.setInvalid(false);
            note.setInvalid(false);
            formError.setVisible(false);
            try {
                checkIns.recordClearance(lifterId, date.getValue(), note.getValue());
            } catch (JournalEntryRejected rejected) {
                switch (rejected.field()) {
                    case JournalEntryRejected.DATE -> {
                        date.setErrorMessage(ReaderText.render(rejected.reason()));
                        date.setInvalid(true);
                    }
                    case JournalEntryRejected.NOTE -> {
                        note.setErrorMessage(ReaderText.render(rejected.reason()));
                        note.setInvalid(true);
                    }
                    default -> {
                        formError.setText(ReaderText.render(rejected.reason()));
                        formError.setVisible(true);
                    }
                }
                return;
            }
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-clearance");
        getFooter().add(new Button(getTranslation("journal.dialog.cancel"), click -> close()), save);
    }
}
