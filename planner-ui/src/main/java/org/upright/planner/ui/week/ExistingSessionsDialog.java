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
     * @param what what comes in, for the heading ("last week's sessions", "“Desk-worker week”")
     * @param planned how many sessions the week has now
     * @param warning a further word, e.g. that the same template is in the week already; null for none
     */
    ExistingSessionsDialog(String what, int planned, String warning, Consumer<ExistingSessions> choice) {
        setHeaderTitle("This week already has " + sessions(planned));
        addClassName("existing-sessions-dialog");
        add(new Paragraph("Bring in " + what + " instead of them, or next to them?"));
        if (warning != null) {
            Paragraph note = new Paragraph(warning);
            note.addClassName("existing-sessions-warning");
            add(note);
        }
        add(new Paragraph("Either way, Undo takes it back."));
        Button replace = new Button("Replace this week's sessions", click -> {
            close();
            choice.accept(ExistingSessions.REPLACE);
        });
        replace.setId("existing-replace");
        Button keep = new Button("Add to this week", click -> {
            close();
            choice.accept(ExistingSessions.KEEP);
        });
        keep.setId("existing-keep");
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("existing-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, replace, keep);
    }

    private static String sessions(int count) {
        return count == 1 ? "1 session" : count + " sessions";
    }
}
