package org.upright.planner.ui.journal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.ui.form.FormCheck;
import org.upright.planner.ui.form.NumberInputs;
import org.upright.planner.ui.i18n.ReaderText;

/** A session that was not in the plan: a walk, a class, an extra routine. */
class UnplannedDialog extends Dialog {

    final DatePicker date = new DatePicker(getTranslation("journal.unplanned.date"));
    final Select<SessionKind> kind = new Select<>();
    final TextField title = new TextField(getTranslation("journal.unplanned.what"));
    final IntegerField rpe = NumberInputs.whole(getTranslation("journal.dialog.rpe"));
    final TextArea note = new TextArea(getTranslation("journal.dialog.note"));
    private final Paragraph formError = new Paragraph();

    UnplannedDialog(SessionLogService logs, long lifterId, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("journal.unplanned.title"));
        date.setValue(today);
        date.setMax(today);
        kind.setLabel(getTranslation("journal.unplanned.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(JournalLabels::kind);
        kind.setValue(SessionKind.CONDITIONING);
        title.setMaxLength(Session.MAX_TITLE_LENGTH);
        title.setPlaceholder(getTranslation("journal.unplanned.placeholder"));
        title.setWidthFull();
        rpe.setMin(1);
        rpe.setMax(10);
        note.setWidthFull();
        formError.addClassName("upright-form-error");
        formError.setVisible(false);
        add(formError, date, kind, title, rpe, note);
        Button save = new Button(getTranslation("journal.dialog.save"), click -> {
            formError.setVisible(false);
            FormCheck check = new FormCheck(date, kind, title, rpe, note);
            Integer effort = check.number(rpe);
            if (!check.passed()) {
                return;
            }
            try {
                logs.logUnplanned(
                        lifterId, date.getValue(), kind.getValue(), title.getValue(), effort, note.getValue());
            } catch (JournalEntryRejected rejected) {
                switch (rejected.field()) {
                    case JournalEntryRejected.DATE -> mark(date, rejected);
                    case JournalEntryRejected.KIND -> mark(kind, rejected);
                    case JournalEntryRejected.TITLE -> mark(title, rejected);
                    case JournalEntryRejected.RPE -> mark(rpe, rejected);
                    case JournalEntryRejected.NOTE -> mark(note, rejected);
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
        save.setId("save-unplanned");
        getFooter().add(new Button(getTranslation("journal.dialog.cancel"), click -> close()), save);
    }

    private static void mark(HasValidation field, JournalEntryRejected rejected) {
        field.setErrorMessage(ReaderText.render(rejected.reason()));
        field.setInvalid(true);
    }
}
