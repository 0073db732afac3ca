package org.upright.planner.ui.form;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValueContext;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * One check of a form when the user presses Save. It reads the number fields, telling an empty
 * field apart from one whose text the browser could not read: an empty field is "no value", an
 * unreadable one is a typo that must never be saved as empty or as some other number. Every
 * problem is marked at its own field; nothing typed is cleared.
 *
 * <p>Use one per Save: create it (which clears the marks of the last attempt), read the fields,
 * and save only when {@link #passed()}.
 */
public final class FormCheck {

    private boolean failed;

    public FormCheck(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** The field's number; {@code null} when it is empty or (then marked) unreadable. */
    public <T extends Number> T number(AbstractNumberField<?, T> field) {
        T value = field.getValue();
        if (value == null && isUnreadable(field)) {
            mark(
                    field,
                    ReaderText.words(
                            field instanceof IntegerField
                                    ? NumberInputs.NOT_A_WHOLE_NUMBER
                                    : NumberInputs.NOT_A_NUMBER));
        }
        return value;
    }

    /** The field's number, or {@code null} with the field marked when it is empty or unreadable. */
    public <T extends Number> T required(AbstractNumberField<?, T> field, String whenEmpty) {
        T value = number(field);
        if (value == null && !field.isInvalid()) {
            mark(field, whenEmpty);
        }
        return value;
    }

    /** Marks a field with a message in plain words (the reader's language); the form then does not pass. */
    public void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        failed = true;
    }

    /** Whether every field read so far holds something that may be saved. */
    public boolean passed() {
        return !failed;
    }

    /**
     * Vaadin keeps the text it could not read to itself; its default validator reports it. With a
     * value context (as a form binder would call it) and no value, bad input is the only error
     * that validator can give: a required, minimum, maximum or step check needs a value.
     */
    private static boolean isUnreadable(AbstractNumberField<?, ?> field) {
        return hasError(field);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean hasError(AbstractNumberField field) {
        return field.getDefaultValidator()
                .apply(null, new ValueContext(field, field))
                .isError();
    }
}
