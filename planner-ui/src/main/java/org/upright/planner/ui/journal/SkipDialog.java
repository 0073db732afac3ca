package org.upright.planner.ui.journal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.ui.i18n.ReaderText;

/** A planned session skipped, with the lifter's reason (optional, but it helps the coach). */
class SkipDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("journal.skip.reason"));

    SkipDialog(String title, Consumer<String> save) {
        setHeaderTitle(getTranslation("journal.skip.title", title));
        reason.setMaxLength(SessionLogService.MAX_NOTE_LENGTH);
        reason.setPlaceholder(getTranslation("journal.skip.placeholder"));
        reason.setWidthFull();
        add(reason);
        Button skip = new Button(getTranslation("journal.skip.save"), click -> {
            reason.setInvalid(false);
            try {
                save.accept(reason.getValue());
            } catch (JournalEntryRejected rejected) {
                reason.setErrorMessage(ReaderText.render(rejected.reason()));
                reason.setInvalid(true);
                return;
            }
            close();
        });
        skip.addThemeVariants(ButtonVariant.PRIMARY);
        skip.setId("save-skip");
        getFooter().add(new Button(getTranslation("journal.dialog.cancel"), click -> close()), skip);
    }
}
