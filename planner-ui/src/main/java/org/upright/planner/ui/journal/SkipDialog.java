package org.upright.planner.ui.journal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.journal.SessionLogService;

/** A planned session skipped, with the lifter's reason (optional, but it helps the coach). */
class SkipDialog extends Dialog {

    final TextArea reason = new TextArea("Why? (optional)");

    SkipDialog(String title, Consumer<String> save) {
        setHeaderTitle("Skip " + title);
        reason.setMaxLength(SessionLogService.MAX_NOTE_LENGTH);
        reason.setPlaceholder("Busy day, felt unwell, travelling…");
        reason.setWidthFull();
        add(reason);
        Button skip = new Button("Mark skipped", click -> {
            reason.setInvalid(false);
            try {
                save.accept(reason.getValue());
            } catch (JournalEntryRejected rejected) {
                reason.setErrorMessage(rejected.getMessage());
                reason.setInvalid(true);
                return;
            }
            close();
        });
        skip.addThemeVariants(ButtonVariant.PRIMARY);
        skip.setId("save-skip");
        getFooter().add(new Button("Cancel", click -> close()), skip);
    }
}
