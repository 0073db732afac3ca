package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.upright.planner.plan.ExistingSessions;

/**
 * Asked before a whole week's worth of sessions comes into a week that already has some: replace
 * them, add to them, or leave the week alone. Nothing replaces a week without asking.
 */
class ExistingSessionsDialog extends Dialog {

    /**
     * @param what what comes in, in the reader's words ("last week’s sessions", "the sessions of “Desk-worker week”")
     * @param planned how many sessions the week has now
     * @param warning a further word, e.g. that the same template is in the week already; null for none
     */
    ExistingSessionsDialog(String what, int planned, String warning, Consumer<ExistingSessions> choice) {
        setHeaderTitle(getTranslation("planner.existing.title", planned));
        addClassName("existing-sessions-dialog");
        add(new Paragraph(getTranslation("planner.existing.question", what)));
        if (warning != null) {
            Paragraph note = new Paragraph(warning);
            note.addClassName("existing-sessions-warning");
            add(note);
        }
        add(new Paragraph(getTranslation("planner.existing.undo")));
        Button replace = new Button(getTranslation("planner.existing.replace"), click -> {
            close();
            choice.accept(ExistingSessions.REPLACE);
        });
        replace.setId("existing-replace");
        Button keep = new Button(getTranslation("planner.existing.keep"), click -> {
            close();
            choice.accept(ExistingSessions.KEEP);
        });
        keep.setId("existing-keep");
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("planner.common.cancel"), click -> close());
        cancel.setId("existing-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, replace, keep);
    }
}
