package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.upright.planner.account.WeightUnit;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.Prescription;
import org.upright.planner.common.TypedText;
import org.upright.planner.exercise.Dose;
import org.upright.planner.ui.form.FormCheck;
import org.upright.planner.ui.form.NumberInputs;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * One exercise in a session: name, dose, load and effort, with controls to move it up or down,
 * remove it, or edit the dose right here in the row.
 */
class PrescriptionRow extends Div {

    private final Prescription prescription;
    private final PlannerActions actions;
    private final WeightUnit unit;
    private final Div editor = new Div();

    PrescriptionRow(
            Prescription prescription,
            String sessionId,
            BlockType block,
            int position,
            int blockSize,
            WeightUnit unit,
            PlannerActions actions) {
        this.prescription = prescription;
        this.actions = actions;
        this.unit = unit;
        addClassName("prescription");
        getElement().setAttribute("data-exercise", prescription.exercise().slug());
        getElement().setAttribute("data-prescription", prescription.id());

        Span name = new Span(prescription.exercise().name());
        name.addClassName("prescription-name");
        Button dose = new Button(summary(), click -> toggleEditor());
        dose.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
        dose.addClassName("prescription-dose");
        dose.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "planner.dose.edit", prescription.exercise().name()));

        Button up = iconButton(
                VaadinIcon.ARROW_UP,
                getTranslation("planner.dose.moveUp"),
                () -> actions.movePrescription(prescription.id(), sessionId, block, position - 1));
        up.setEnabled(position > 0);
        Button down = iconButton(
                VaadinIcon.ARROW_DOWN,
                getTranslation("planner.dose.moveDown"),
                () -> actions.movePrescription(prescription.id(), sessionId, block, position + 1));
        down.setEnabled(position < blockSize - 1);
        Button elsewhere = iconButton(
                VaadinIcon.EXCHANGE,
                getTranslation("planner.dose.moveElsewhere"),
                () -> actions.chooseWhereToMove(prescription.id()));
        Button remove = iconButton(
                VaadinIcon.TRASH,
                getTranslation("planner.dose.remove", prescription.exercise().name()),
                () -> actions.removePrescription(prescription.id()));

        Span spacer = new Span();
        FlexLayout line = new FlexLayout(dose, spacer, up, down, elsewhere, remove);
        line.addClassName("prescription-line");
        line.setAlignItems(FlexLayout.Alignment.CENTER);
        line.expand(spacer);
        editor.setVisible(false);
        editor.addClassName("dose-editor");
        add(name, line, editor);
    }

    private String summary() {
        StringBuilder text =
                new StringBuilder(ReaderText.render(prescription.dose().text()));
        prescription
                .load()
                .ifPresent(kg -> text.append(" @ ")
                        .append(BalancePanel.number(Math.round(unit.fromKilograms(kg) * 2) / 2.0))
                        .append(' ')
                        .append(unit.symbol()));
        prescription.effortTarget().ifPresent(effort -> text.append(" · ").append(effortText(effort)));
        return text.toString();
    }

    private String effortText(EffortTarget effort) {
        return switch (effort) {
            case EffortTarget.Rpe rpe -> getTranslation("planner.dose.rpeValue", BalancePanel.number(rpe.value()));
            case EffortTarget.RepsInReserve rir ->
                getTranslation("planner.dose.inReserve", Integer.toString(rir.reps()));
        };
    }

    private void toggleEditor() {
        if (editor.isVisible()) {
            editor.setVisible(false);
            return;
        }
        editor.removeAll();
        Dose current = prescription.dose();
        boolean seconds = current.type().usesSeconds();
        IntegerField sets = NumberInputs.whole(getTranslation("planner.dose.sets"));
        sets.setValue(current.sets());
        sets.setMin(1);
        sets.setMax(Dose.MAX_SETS);
        sets.setStepButtonsVisible(true);
        IntegerField low =
                NumberInputs.whole(getTranslation(seconds ? "planner.dose.secondsFrom" : "planner.dose.repsFrom"));
        low.setValue(current.low());
        IntegerField high = NumberInputs.whole(getTranslation("planner.dose.to"));
        high.setValue(current.high());
        NumberField load = NumberInputs.decimal(getTranslation("planner.dose.load", unit.symbol()));
        prescription.load().ifPresent(kg -> load.setValue(Math.round(unit.fromKilograms(kg) * 2) / 2.0));
        load.setMin(0);
        NumberField rpe = NumberInputs.decimal(getTranslation("planner.dose.rpe"));
        rpe.setMin(1);
        rpe.setMax(10);
        rpe.setStep(0.5);
        if (prescription.effort() instanceof EffortTarget.Rpe value) {
            rpe.setValue(value.value());
        }
        TextField note = new TextField(getTranslation("planner.dose.note"));
        note.setValue(prescription.note());
        note.setMaxLength(Prescription.MAX_NOTE_LENGTH);
        for (var field : new com.vaadin.flow.component.HasSize[] {sets, low, high, load, rpe}) {
            field.setWidth("6.5rem");
        }
        note.setWidthFull();

        Button save = new Button(getTranslation("planner.common.save"), click -> {
            FormCheck check = new FormCheck(sets, low, high, load, rpe, note);
            Integer setCount = check.required(sets, getTranslation("planner.dose.setsMissing"));
            Integer from = check.required(
                    low, getTranslation(seconds ? "planner.dose.secondsMissing" : "planner.dose.repsMissing"));
            Integer to = check.number(high);
            Double shown = check.number(load);
            Double rpeValue = check.number(rpe);
            TypedText.problem(note.getValue()).ifPresent(problem -> check.mark(note, ReaderText.render(problem)));
            if (!check.passed()) {
                return;
            }
            Dose dose;
            try {
                dose = new Dose(current.type(), setCount, from, to == null ? from : to, current.perSide());
            } catch (IllegalArgumentException invalid) {
                // Dose names the number it refused; the reader is told in their words, at that field.
                String message = invalid.getMessage();
                int max = seconds ? Dose.MAX_SECONDS : Dose.MAX_REPS;
                if (message.startsWith("sets")) {
                    check.mark(
                            sets,
                            getTranslation(
                                    "planner.dose.setsRange",
                                    Integer.toString(Dose.MAX_SETS),
                                    Integer.toString(setCount)));
                } else if (message.contains("upper end")) {
                    check.mark(
                            high,
                            getTranslation(
                                    seconds ? "planner.dose.secondsUpperRange" : "planner.dose.repsUpperRange",
                                    Integer.toString(from),
                                    Integer.toString(max),
                                    Integer.toString(to == null ? from : to)));
                } else {
                    check.mark(
                            low,
                            getTranslation(
                                    seconds ? "planner.dose.secondsRange" : "planner.dose.repsRange",
                                    Integer.toString(max),
                                    Integer.toString(from)));
                }
                return;
            }
            Double loadKg = shown == null ? null : unit.toKilograms(shown);
            if (loadKg != null && !(loadKg >= 0 && loadKg <= Prescription.MAX_LOAD_KG)) {
                check.mark(
                        load,
                        getTranslation(
                                "planner.dose.loadRange",
                                Long.toString(Math.round(unit.fromKilograms(Prescription.MAX_LOAD_KG))),
                                unit.symbol()));
                return;
            }
            EffortTarget effort;
            try {
                effort = rpeValue == null ? keptReserve() : EffortTarget.rpe(rpeValue);
            } catch (IllegalArgumentException invalid) {
                check.mark(rpe, getTranslation("planner.dose.rpeRange", BalancePanel.number(7.5)));
                return;
            }
            if (actions.changePrescription(prescription.id(), dose, loadKg, effort, note.getValue())) {
                editor.setVisible(false);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        Button cancel = new Button(getTranslation("planner.common.cancel"), click -> editor.setVisible(false));
        cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        FlexLayout fields = new FlexLayout(sets, low, high, load, rpe);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("dose-fields");
        editor.add(fields, note, new FlexLayout(save, cancel));
        editor.setVisible(true);
        sets.focus();
    }

    private EffortTarget keptReserve() {
        return prescription.effort() instanceof EffortTarget.RepsInReserve reserve ? reserve : null;
    }

    static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL, ButtonVariant.LUMO_ICON);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        return button;
    }
}
