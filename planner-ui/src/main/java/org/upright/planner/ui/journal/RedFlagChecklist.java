package org.upright.planner.ui.journal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The six warning-sign questions (domain §5) as tick boxes. Leaving every box empty is an answer
 * too: "none of these". Used at sign-up, in the check-in form when the checklist is due, and on its
 * own from the journal.
 */
public class RedFlagChecklist extends Composite<Div> {

    private final Map<RedFlag, Checkbox> boxes = new EnumMap<>(RedFlag.class);
    private final Span error = new Span();
    private final Paragraph lead = new Paragraph();

    public RedFlagChecklist(String intro) {
        Div root = getContent();
        root.addClassName("red-flag-checklist");
        root.getElement().setAttribute("role", "group");
        root.getElement().setAttribute("aria-label", getTranslation("journal.checklist.label"));
        lead.setText(intro);
        lead.addClassName("checklist-intro");
        root.add(lead);
        for (RedFlag flag : RedFlag.values()) {
            Checkbox box = new Checkbox(ReaderText.render(flag.question()));
            box.getElement().setAttribute("data-flag", flag.name());
            box.addClassName("red-flag-question");
            boxes.put(flag, box);
            root.add(box);
        }
        Span none = new Span(getTranslation("journal.checklist.none"));
        none.addClassName("checklist-hint");
        error.addClassName("upright-form-error");
        error.setVisible(false);
        root.add(none, error);
    }

    /** The ticked flags; empty means "none of these". */
    public Set<RedFlag> ticked() {
        EnumSet<RedFlag> ticked = EnumSet.noneOf(RedFlag.class);
        boxes.forEach((flag, box) -> {
            if (box.getValue()) {
                ticked.add(flag);
            }
        });
        return ticked;
    }

    /** Says why the questions are asked now (the reason can change while the form is filled in). */
    public void setIntro(String intro) {
        lead.setText(intro);
    }

    public void showError(String message) {
        error.setText(message);
        error.setVisible(message != null);
    }

    public void clear() {
        boxes.values().forEach(box -> box.setValue(false));
        showError(null);
    }
}
