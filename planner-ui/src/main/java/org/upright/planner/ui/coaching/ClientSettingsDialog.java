package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.coaching.ClientSettings;
import org.upright.planner.coaching.ClientSettingsService;
import org.upright.planner.coaching.CoachNoteRejected;
import org.upright.planner.coaching.CoachNoteService;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.ui.form.FormCheck;
import org.upright.planner.ui.form.NumberInputs;

/**
 * A coach's settings for one client: upper-back care, the push:pull and mobility targets, and a
 * private note the client never sees. Save stores all of it or none of it; nothing typed is lost
 * when a save is refused, and the reason is shown at the field it concerns.
 */
public class ClientSettingsDialog extends Dialog {

    final Checkbox upperBackCare = new Checkbox("Trains with upper-back pain, or to keep it away");
    final NumberField pushPullTarget = NumberInputs.decimal("Push : pull target (pull sets per push set)");
    final IntegerField mobilityTarget = NumberInputs.whole("Mobility sessions a week (at least)");
    final TextArea note = new TextArea("Private note (only you see this)");
    final Paragraph formError = new Paragraph();

    public ClientSettingsDialog(
            long lifterId,
            String clientName,
            ProfileService profiles,
            CoachNoteService notes,
            ClientSettingsService settings,
            Runnable onSaved) {
        setHeaderTitle(clientName + ": targets and notes");
        setWidth("min(34rem, 95vw)");
        ClientSettings[] loaded = {new ClientSettings(profiles.profileOf(lifterId), notes.noteAbout(lifterId))};
        TrainingProfile profile = loaded[0].profile();
        upperBackCare.setValue(profile.upperBackCare());
        pushPullTarget.setValue(profile.pushPullTarget());
        pushPullTarget.setMin(TrainingProfile.MIN_PUSH_PULL_TARGET);
        pushPullTarget.setMax(TrainingProfile.MAX_PUSH_PULL_TARGET);
        pushPullTarget.setStep(0.1);
        pushPullTarget.setHelperText("Empty: the default, 1 (1.5 with upper-back care).");
        mobilityTarget.setValue(profile.mobilityTarget());
        mobilityTarget.setMin(1);
        mobilityTarget.setMax(7);
        mobilityTarget.setHelperText("Empty: the default, 2 to 3.");
        note.setValue(loaded[0].note().text());
        note.setMaxLength(org.upright.planner.coaching.CoachNote.MAX_LENGTH);
        note.setWidthFull();
        note.setMinHeight("8rem");
        pushPullTarget.setWidthFull();
        mobilityTarget.setWidthFull();
        formError.addClassName("upright-form-error");
        formError.setVisible(false);

        Button save = new Button("Save", click -> {
            formError.setVisible(false);
            FormCheck check = new FormCheck(pushPullTarget, mobilityTarget, note);
            Double ratio = check.number(pushPullTarget);
            Integer mobility = check.number(mobilityTarget);
            if (!check.passed()) {
                return;
            }
            TrainingProfile before = loaded[0].profile();
            TrainingProfile changed;
            try {
                changed = new TrainingProfile(
                        upperBackCare.getValue(), before.equipment(), ratio, mobility, before.version());
            } catch (IllegalArgumentException invalid) {
                var field = invalid.getMessage().startsWith("push") ? pushPullTarget : mobilityTarget;
                check.mark(
                        field,
                        Character.toUpperCase(invalid.getMessage().charAt(0))
                                + invalid.getMessage().substring(1) + ".");
                return;
            }
            try {
                loaded[0] = settings.save(
                        lifterId, changed, note.getValue(), loaded[0].note().version());
            } catch (CoachNoteRejected refused) {
                check.mark(note, refused.getMessage());
                return;
            } catch (StaleEditException stale) {
                formError.setText(stale.getMessage() + " Nothing was saved; what you typed is still here.");
                formError.setVisible(true);
                return;
            }
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-client-settings");
        add(
                formError,
                upperBackCare,
                pushPullTarget,
                mobilityTarget,
                note,
                new Paragraph("Notes for the client go on the exercises themselves, in the week plan."));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
