package org.upright.planner.ui.journal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.JournalEntryRejected;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.ui.i18n.ReaderText;

/** The warning-sign checklist on its own, for reporting something new between check-ins. */
class RedFlagDialog extends Dialog {

    final RedFlagChecklist checklist = new RedFlagChecklist(getTranslation("journal.redFlags.intro"));

    RedFlagDialog(CheckInService checkIns, long lifterId, Runnable saved) {
        setHeaderTitle(getTranslation("ui.journal.reportWarningSign"));
        add(checklist);
        Button save = new Button(getTranslation("journal.redFlags.save"), click -> {
            try {
                checkIns.answerRedFlags(lifterId, checklist.ticked(), RedFlagCheckReason.ON_REQUEST);
            } catch (JournalEntryRejected rejected) {
                checklist.showError(ReaderText.render(rejected.reason()));
                return;
            }
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-red-flags");
        getFooter().add(new Button(getTranslation("journal.dialog.cancel"), click -> close()), save);
    }
}
