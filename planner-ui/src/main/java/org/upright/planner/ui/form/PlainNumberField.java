package org.upright.planner.ui.form;

import com.vaadin.flow.component.textfield.NumberField;
import java.util.regex.Pattern;

/**
 * A decimal field that reads only plain numbers such as {@code 62.5}. The browser accepts
 * {@code 1e3} as a number and Vaadin's own parser stops at the {@code e}, so a plain
 * {@code NumberField} turns that typo into 1; here it counts as unreadable instead, like
 * {@code 60-}, and the field says so.
 */
public class PlainNumberField extends NumberField {

    private static final Pattern PLAIN = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    public PlainNumberField(String label) {
        super(label);
    }

    @Override
    protected void setModelValue(Double value, boolean fromClient) {
        if (fromClient && value != null && !isPlain(getElement().getProperty("value", ""))) {
            // An empty value from the client with text in the input is Vaadin's "bad input":
            // the typed text stays on screen and the field's validation marks it.
            super.setModelValue(null, true);
            return;
        }
        super.setModelValue(value, fromClient);
    }

    static boolean isPlain(String text) {
        return PLAIN.matcher(text).matches();
    }
}
