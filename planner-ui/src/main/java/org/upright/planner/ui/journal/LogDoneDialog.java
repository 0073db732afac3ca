package org.upright.planner.ui.journal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.Dose;
import org.upright.planner.journal.ActualSet;
import org.upright.planner.journal.DoneDetails;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.journal.LoggedSession;
import org.upright.planner.ui.form.FormCheck;
import org.upright.planner.ui.form.NumberInputs;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * A planned session done, with the details the lifter wants to keep: the day, how hard it felt
 * (1–10), and per exercise the sets, reps and load actually done. Every detail is optional; an
 * empty line is simply not recorded. A refused value is marked at its field and nothing typed is
 * lost.
 */
class LogDoneDialog extends Dialog {

    final DatePicker date = new DatePicker(getTranslation("journal.logDone.date"));
    final IntegerField rpe = NumberInputs.whole(getTranslation("journal.dialog.rpe"));
    final TextArea note = new TextArea(getTranslation("journal.dialog.note"));
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Paragraph formError = new Paragraph();
    private final WeightUnit unit;

    /** The fields of one exercise. */
    private record Line(IntegerField sets, IntegerField reps, NumberField load) {}

    /**
     * @param save stores the details; throws {@link JournalEntryRejected} to have them shown
     */
    LogDoneDialog(
            Session session,
            LocalDate weekStart,
            LocalDate today,
            LoggedSession existing,
            WeightUnit unit,
            Consumer<DoneDetails> save) {
        this.unit = unit;
        setHeaderTitle(getTranslation("journal.logDone.title", session.title()));
        LocalDate weekEnd = weekStart.plusDays(6);
        date.setMin(weekStart);
        date.setMax(today.isBefore(weekEnd) ? today : weekEnd);
        date.setValue(existing != null ? existing.date() : (today.isAfter(weekEnd) ? weekEnd : today));
        rpe.setMin(1);
        rpe.setMax(10);
        rpe.setStepButtonsVisible(true);
        note.setWidthFull();
        formError.addClassName("upright-form-error");
        formError.setVisible(false);
        if (existing != null) {
            rpe.setValue(existing.sessionRpe());
            note.setValue(existing.note());
        }
        add(formError, date, rpe);
        List<Prescription> prescriptions = session.prescriptions().toList();
        if (!prescriptions.isEmpty()) {
            add(new Paragraph(getTranslation("journal.logDone.actuals")));
        }
        for (Prescription p : prescriptions) {
            add(line(p, existing));
        }
        add(note);
        Button saveButton = new Button(getTranslation("journal.dialog.save"), click -> submit(save));
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setId("save-log");
        getFooter().add(new Button(getTranslation("journal.dialog.cancel"), click -> close()), saveButton);
    }

    private Div line(Prescription prescription, LoggedSession existing) {
        IntegerField sets = NumberInputs.whole(getTranslation("journal.logDone.sets"));
        sets.setMin(0);
        sets.setMax(Dose.MAX_SETS);
        IntegerField reps = NumberInputs.whole(getTranslation("journal.logDone.reps"));
        reps.setMin(0);
        reps.setMax(Dose.MAX_REPS);
        NumberField load = NumberInputs.decimal(getTranslation("journal.logDone.load", unit.symbol()));
        load.setMin(0);
        if (existing != null) {
            existing.actualFor(prescription.id()).ifPresent(actual -> {
                sets.setValue(actual.sets());
                reps.setValue(actual.reps());
                load.setValue(actual.loadKg() == null ? null : round(unit.fromKilograms(actual.loadKg())));
            });
        }
        lines.put(prescription.id(), new Line(sets, reps, load));
        Span name = new Span(prescription.exercise().name());
        name.addClassName("actual-name");
        Span planned = new Span(ReaderText.render(
                Text.of("journal.logDone.planned", prescription.dose().text())));
        planned.addClassName("actual-planned");
        Div fields = new Div(sets, reps, load);
        fields.addClassName("actual-fields");
        Div line = new Div(name, planned, fields);
        line.addClassName("actual-line");
        line.getElement().setAttribute("data-prescription", prescription.id());
        return line;
    }

    private void submit(Consumer<DoneDetails> save) {
        formError.setVisible(false);
        List<HasValidation> fields = new ArrayList<>(List.of(rpe, date, note));
        lines.values().forEach(line -> fields.addAll(List.of(line.sets(), line.reps(), line.load())));
        FormCheck check = new FormCheck(fields.toArray(HasValidation[]::new));
        Integer effort = check.number(rpe);
        List<ActualSet> actuals = new ArrayList<>();
        lines.forEach((id, line) -> {
            Integer sets = check.number(line.sets());
            Integer reps = check.number(line.reps());
            Double shown = check.number(line.load());
            Double kg = shown == null ? null : unit.toKilograms(shown);
            if (sets != null || reps != null || kg != null) {
                actuals.add(new ActualSet(id, sets, reps, kg));
            }
        });
        if (!check.passed()) {
            return;
        }
        try {
            save.accept(new DoneDetails(date.getValue(), effort, actuals, note.getValue()));
        } catch (JournalEntryRejected rejected) {
            switch (rejected.field()) {
                case JournalEntryRejected.DATE -> invalid(date, ReaderText.render(rejected.reason()));
                case JournalEntryRejected.RPE -> {
                    rpe.setErrorMessage(ReaderText.render(rejected.reason()));
                    rpe.setInvalid(true);
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
    }

    private static void invalid(DatePicker field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
