package org.upright.planner.ui.library;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.CustomExercise;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.DoseType;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.ExerciseCatalog;
import org.upright.planner.exercise.ExerciseDraft;
import org.upright.planner.exercise.ExerciseRejected;
import org.upright.planner.exercise.MovementPattern;
import org.upright.planner.ui.form.FormCheck;
import org.upright.planner.ui.form.NumberInputs;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * Adding or editing a coach's own exercise. The catalogue checks the entry; every problem it finds
 * is shown at its field, and nothing typed is cleared when it refuses (the dialog stays open).
 */
class ExerciseForm extends Dialog {

    /** The dose types a coach chooses from; whether reps count per side follows the check box. */
    static final List<DoseType> DOSE_CHOICES =
            List.of(DoseType.REPS, DoseType.HOLD, DoseType.ROUNDS, DoseType.DURATION);

    final TextField name = new TextField(getTranslation("library.form.name"));
    final MultiSelectComboBox<Equipment> equipment =
            new MultiSelectComboBox<>(getTranslation("library.form.equipment"));
    final Checkbox perSide = new Checkbox(getTranslation("library.form.perSide"));
    final Select<MovementPattern> primaryPattern = new Select<>();
    final MultiSelectComboBox<MovementPattern> secondaryPatterns =
            new MultiSelectComboBox<>(getTranslation("library.form.alsoTrains"));
    final Select<DoseType> doseType = new Select<>();
    final IntegerField sets = NumberInputs.whole(getTranslation("library.form.sets"));
    final IntegerField low = NumberInputs.whole(null);
    final IntegerField high = NumberInputs.whole(getTranslation("library.form.upTo"));
    final Span dosePreview = new Span();
    final TextArea instructions = new TextArea(getTranslation("library.form.steps"));
    final TextArea whyItHelps = new TextArea(getTranslation("library.form.why"));
    final TextArea cautions = new TextArea(getTranslation("library.form.cautions"));
    final Paragraph formMessage = new Paragraph();
    final Button save = new Button(getTranslation("library.form.save"));
    final Button cancel = new Button(getTranslation("library.form.cancel"));

    private final ExerciseCatalog catalog;
    private final CustomExercise editing;
    private final Consumer<CustomExercise> onSaved;

    /**
     * @param editing the own exercise being changed, or {@code null} for a new one
     * @param start what the fields start with
     */
    ExerciseForm(
            ExerciseCatalog catalog, CustomExercise editing, ExerciseDraft start, Consumer<CustomExercise> onSaved) {
        this.catalog = catalog;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(
                editing == null
                        ? getTranslation("library.form.newTitle")
                        : getTranslation("library.form.editTitle", editing.name()));
        setWidth("44rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false); // a stray click must not throw away what was typed

        name.setRequiredIndicatorVisible(true);
        equipment.setItems(EnumSet.complementOf(EnumSet.of(Equipment.NONE)));
        equipment.setItemLabelGenerator(CatalogLabels::of);
        equipment.setHelperText(getTranslation("library.form.equipment.helper"));
        primaryPattern.setLabel(getTranslation("library.form.mainPattern"));
        primaryPattern.setRequiredIndicatorVisible(true);
        primaryPattern.setItems(MovementPattern.values());
        primaryPattern.setItemLabelGenerator(p -> p == null ? "" : CatalogLabels.of(p));
        primaryPattern.setPlaceholder(getTranslation("library.form.chooseOne"));
        secondaryPatterns.setItems(MovementPattern.values());
        secondaryPatterns.setItemLabelGenerator(CatalogLabels::of);
        secondaryPatterns.setHelperText(getTranslation(
                "library.form.alsoTrains.helper", Integer.toString(ExerciseCatalog.MAX_SECONDARY_PATTERNS)));
        doseType.setLabel(getTranslation("library.form.doseType"));
        doseType.setItems(DOSE_CHOICES);
        doseType.setItemLabelGenerator(this::doseChoice);
        for (IntegerField number : List.of(sets, low, high)) {
            number.setStepButtonsVisible(true);
            number.setValueChangeMode(ValueChangeMode.EAGER);
        }
        dosePreview.addClassName("upright-dose-preview");
        dosePreview.getElement().setAttribute("aria-live", "polite");
        instructions.setRequiredIndicatorVisible(true);
        instructions.setHelperText(
                getTranslation("library.form.steps.helper", Integer.toString(ExerciseCatalog.MAX_STEPS)));
        whyItHelps.setHelperText(
                getTranslation("library.form.why.helper", Integer.toString(ExerciseCatalog.MAX_TEXT_LENGTH)));
        cautions.setHelperText(getTranslation("library.form.cautions.helper"));
        formMessage.addClassName("upright-form-error");
        formMessage.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        formMessage.setVisible(false);
        formMessage.getElement().setAttribute("role", "alert");
        for (HasValidation field : fields()) {
            // the catalogue decides what is valid; the fields never judge, or clear, on their own
            field.setManualValidation(true);
        }

        fill(start);
        doseType.addValueChangeListener(change -> updateDoseFields());
        perSide.addValueChangeListener(change -> updateDoseFields());
        sets.addValueChangeListener(change -> updatePreview());
        low.addValueChangeListener(change -> updatePreview());
        high.addValueChangeListener(change -> updatePreview());
        updateDoseFields();

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 3));
        layout.add(formMessage, 3);
        layout.add(name, 3);
        layout.add(primaryPattern, 3);
        layout.add(secondaryPatterns, 3);
        layout.add(equipment, 2);
        layout.add(perSide, 1);
        layout.add(doseType, 3);
        layout.add(sets, low, high);
        layout.add(dosePreview, 3);
        layout.add(instructions, 3);
        layout.add(whyItHelps, 3);
        layout.add(cautions, 3);
        add(layout);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> submit());
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }

    private void fill(ExerciseDraft draft) {
        name.setValue(nullToEmpty(draft.name()));
        Set<Equipment> needs = EnumSet.noneOf(Equipment.class);
        if (draft.equipment() != null) {
            needs.addAll(draft.equipment());
        }
        needs.remove(Equipment.NONE);
        equipment.setValue(needs);
        perSide.setValue(draft.perSide());
        primaryPattern.setValue(draft.primaryPattern());
        secondaryPatterns.setValue(draft.secondaryPatterns() == null ? Set.of() : draft.secondaryPatterns());
        doseType.setValue(draft.doseType() == DoseType.REPS_PER_SIDE ? DoseType.REPS : draft.doseType());
        sets.setValue(draft.sets());
        low.setValue(draft.low());
        high.setValue(draft.high() != null && draft.high().equals(draft.low()) ? null : draft.high());
        instructions.setValue(draft.instructions() == null ? "" : String.join("\n", draft.instructions()));
        whyItHelps.setValue(nullToEmpty(draft.whyItHelps()));
        cautions.setValue(nullToEmpty(draft.cautions()));
    }

    /** What the fields hold now, exactly as typed. */
    ExerciseDraft draft() {
        List<String> steps = Arrays.asList(instructions.getValue().split("\\R"));
        return new ExerciseDraft(
                name.getValue(),
                equipment.getValue(),
                perSide.getValue(),
                primaryPattern.getValue(),
                secondaryPatterns.getValue(),
                doseType.getValue(),
                sets.getValue(),
                low.getValue(),
                high.getValue(),
                steps,
                whyItHelps.getValue(),
                cautions.getValue());
    }

    private void submit() {
        clearErrors();
        // A number the browser could not read is not "empty": say so instead of saving without it.
        FormCheck numbers = new FormCheck();
        numbers.number(sets);
        numbers.number(low);
        numbers.number(high);
        if (!numbers.passed()) {
            return;
        }
        CustomExercise saved;
        try {
            saved = editing == null ? catalog.add(draft()) : catalog.update(editing.slug(), editing.version(), draft());
        } catch (ExerciseRejected rejected) {
            showErrors(rejected.reasons());
            return;
        } catch (StaleEditException stale) {
            showFormMessage(getTranslation("library.form.stale", ReaderText.render(stale.reason())));
            return;
        }
        close();
        onSaved.accept(saved);
    }

    private void showErrors(Map<String, Text> errors) {
        errors.forEach((field, reason) -> {
            String message = ReaderText.render(reason);
            switch (field) {
                case ExerciseRejected.NAME -> markInvalid(name, message);
                case ExerciseRejected.EQUIPMENT -> markInvalid(equipment, message);
                case ExerciseRejected.PRIMARY_PATTERN -> markInvalid(primaryPattern, message);
                case ExerciseRejected.SECONDARY_PATTERNS -> markInvalid(secondaryPatterns, message);
                case ExerciseRejected.DOSE_TYPE -> markInvalid(doseType, message);
                case ExerciseRejected.SETS -> markInvalid(sets, message);
                case ExerciseRejected.LOW -> markInvalid(low, message);
                case ExerciseRejected.HIGH -> markInvalid(high, message);
                case ExerciseRejected.INSTRUCTIONS -> markInvalid(instructions, message);
                case ExerciseRejected.WHY_IT_HELPS -> markInvalid(whyItHelps, message);
                case ExerciseRejected.CAUTIONS -> markInvalid(cautions, message);
                default -> showFormMessage(message);
            }
        });
        if (errors.size() > 1 || !errors.containsKey(ExerciseRejected.FORM)) {
            showFormMessage(getTranslation("library.form.needsFixing", errors.size()));
        }
    }

    private static <C extends Component & HasValidation> void markInvalid(C field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showFormMessage(String message) {
        String shown = formMessage.isVisible() ? formMessage.getText() + " " : "";
        formMessage.setText(shown + message);
        formMessage.setVisible(true);
    }

    private void clearErrors() {
        for (HasValidation field : fields()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        formMessage.setText("");
        formMessage.setVisible(false);
    }

    private List<HasValidation> fields() {
        return List.of(
                name,
                equipment,
                primaryPattern,
                secondaryPatterns,
                doseType,
                sets,
                low,
                high,
                instructions,
                whyItHelps,
                cautions);
    }

    private void updateDoseFields() {
        DoseType type = doseType.getValue() == null ? DoseType.REPS : doseType.getValue();
        boolean timed = type == DoseType.DURATION;
        sets.setVisible(!timed);
        low.setLabel(DoseText.unitLabel(type));
        updatePreview();
    }

    private void updatePreview() {
        DoseType type = doseType.getValue();
        Integer from = low.getValue();
        if (type == null || from == null) {
            dosePreview.setText("");
            return;
        }
        try {
            int to = high.getValue() == null ? from : high.getValue();
            boolean side = perSide.getValue();
            Dose dose = switch (type) {
                case REPS, REPS_PER_SIDE ->
                    side ? Dose.repsPerSide(setsOrOne(), from, to) : Dose.reps(setsOrOne(), from, to);
                case ROUNDS -> new Dose(DoseType.ROUNDS, setsOrOne(), from, to, side);
                case HOLD -> Dose.hold(setsOrOne(), from, to, side);
                case DURATION -> Dose.minutes(from, to);
            };
            dosePreview.setText(getTranslation("library.form.shownAs", DoseText.compact(dose), DoseText.inWords(dose)));
        } catch (IllegalArgumentException notADoseYet) {
            dosePreview.setText("");
        }
    }

    private int setsOrOne() {
        return sets.getValue() == null ? 1 : sets.getValue();
    }

    private String doseChoice(DoseType type) {
        if (type == null) {
            return "";
        }
        return getTranslation(
                switch (type) {
                    case REPS, REPS_PER_SIDE -> "library.form.doseType.reps";
                    case HOLD -> "library.form.doseType.hold";
                    case ROUNDS -> "library.form.doseType.rounds";
                    case DURATION -> "library.form.doseType.duration";
                });
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
