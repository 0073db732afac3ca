package org.upright.planner.ui.form;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.util.regex.Pattern;

/**
 * Types text into a Vaadin number field the way the browser reports it to the server, so that a
 * browserless test sees what a real user's typo produces — not what the test wishes it produced.
 *
 * <p>What the browser does, and this imitates (Vaadin 25.2's {@code vaadin-number-field} on a
 * native {@code input type=number}):
 *
 * <ul>
 *   <li>{@code vaadin-integer-field} lets only {@code - + 0-9} be typed; other keys do nothing.
 *   <li>Text that is a valid HTML floating-point number ({@code 62.5}, {@code 1e3}) becomes the
 *       field's {@code value} as typed. The server parses that string itself.
 *   <li>Anything else ({@code 60-}, {@code 1-2}, {@code Infinity}, {@code 2.5-}) is the input's
 *       "bad input": the browser reports the value as empty and {@code _inputElementValue} as
 *       {@code "NaN"} — the raw text never reaches the server.
 *   <li>On commit (blur or Enter) the field sends {@code change} if the value changed — with
 *       {@code value} and {@code _inputElementValue} synchronised before the event's listeners
 *       run — or {@code unparsable-change} if only the bad-input state changed.
 * </ul>
 */
public final class BrowserTyping<T extends AbstractNumberField<T, V>, V extends Number> extends ComponentTester<T> {

    private static final Pattern VALID_FLOATING_POINT = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String BAD_INPUT = "NaN";

    private BrowserTyping(T field) {
        super(field);
    }

    public static <T extends AbstractNumberField<T, V>, V extends Number> void type(T field, String text) {
        new BrowserTyping<>(field).replaceTextWith(text);
    }

    private void replaceTextWith(String typed) {
        ensureComponentIsUsable();
        T field = getComponent();
        String kept = field instanceof IntegerField ? typed.replaceAll("[^-+0-9]", "") : typed;
        boolean readable = VALID_FLOATING_POINT.matcher(kept).matches();
        String value = readable ? kept : "";
        String inputElementValue = kept.isEmpty() ? "" : readable ? kept : BAD_INPUT;

        String committedValue = field.getElement().getProperty("value", "");
        boolean wasBad = BAD_INPUT.equals(field.getElement().getProperty("_inputElementValue", ""));
        ElementPropertyMap properties = field.getElement().getNode().getFeature(ElementPropertyMap.class);
        try {
            if (!committedValue.equals(value)) {
                Runnable input = properties.deferredUpdateFromClient("_inputElementValue", inputElementValue);
                Runnable change = properties.deferredUpdateFromClient("value", value);
                input.run();
                change.run();
            } else if (wasBad != BAD_INPUT.equals(inputElementValue)) {
                properties
                        .deferredUpdateFromClient("_inputElementValue", inputElementValue)
                        .run();
                fireDomEvent("unparsable-change");
            }
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException denied) {
            throw new IllegalStateException(denied);
        }
        roundTrip();
    }
}
