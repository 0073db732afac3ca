package org.upright.planner.ui.form;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The number fields of the app, made one way: each says in words what it expects when the browser
 * cannot read what was typed ({@code 60-}, {@code 1-2}, {@code 1e3}), instead of showing red
 * without a reason or quietly reading it as empty.
 */
public final class NumberInputs {

    /** Shown at a whole-number field whose text is not a whole number. */
    public static final String NOT_A_WHOLE_NUMBER = "ui.form.notAWholeNumber";

    /** Shown at a decimal field whose text is not a plain number. */
    public static final String NOT_A_NUMBER = "ui.form.notANumber";

    private NumberInputs() {}

    /** A field for counts: sets, reps, seconds, sessions; the label is already in the reader's words. */
    public static IntegerField whole(String label) {
        IntegerField field = new IntegerField(label);
        field.setI18n(
                new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(ReaderText.words(NOT_A_WHOLE_NUMBER)));
        return field;
    }

    /** A field for amounts that may have decimals: loads, RPE, ratios. */
    public static NumberField decimal(String label) {
        NumberField field = new PlainNumberField(label);
        field.setI18n(new NumberField.NumberFieldI18n().setBadInputErrorMessage(ReaderText.words(NOT_A_NUMBER)));
        return field;
    }
}
