package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.coaching.CoachNote;
import org.upright.planner.coaching.CoachNoteService;
import org.upright.planner.common.StaleEditException;

/**
 * A coach's settings for one client: upper-back care, the push:pull and mobility targets, and a
 * private note the client never sees. Nothing typed is lost when a save is refused.
 */
public class ClientSettingsDialog extends Dialog {

    final Checkbox upperBackCare = new Checkbox("Trains with upper-back pain, or to keep it away");
    final NumberField pushPullTarget = new NumberField("Push : pull target (pull sets per push set)");
    final IntegerField mobilityTarget = new IntegerField("Mobility sessions a week (at least)");
    final TextArea note = new TextArea("Private note (only you see this)");

    public ClientSettingsDialog(
            long lifterId, String clientName, ProfileService profiles, CoachNoteService notes, Runnable onSaved) {
        setHeaderTitle(clientName + ": targets and notes");
        setWidth("min(34rem, 95vw)");
        TrainingProfile[] profile = {profiles.profileOf(lifterId)};
        CoachNote[] current = {notes.noteAbout(lifterId)};
        upperBackCare.setValue(profile[0].upperBackCare());
        pushPullTarget.setValue(profile[0].pushPullTarget());
        pushPullTarget.setMin(TrainingProfile.MIN_PUSH_PULL_TARGET);
        pushPullTarget.setMax(TrainingProfile.MAX_PUSH_PULL_TARGET);
        pushPullTarget.setStep(0.1);
        pushPullTarget.setHelperText("Empty: the default, 1 (1.5 with upper-back care).");
        mobilityTarget.setValue(profile[0].mobilityTarget());
        mobilityTarget.setMin(1);
        mobilityTarget.setMax(7);
        mobilityTarget.setHelperText("Empty: the default, 2 to 3.");
        note.setValue(current[0].text());
        note.setMaxLength(CoachNote.MAX_LENGTH);
        note.setWidthFull();
        note.setMinHeight("8rem");
        pushPullTarget.setWidthFull();
        mobilityTarget.setWidthFull();

        Button save = new Button("Save", click -> {
            pushPullTarget.setInvalid(false);
            mobilityTarget.setInvalid(false);
            TrainingProfile changed;
            try {
                changed = new TrainingProfile(
                        upperBackCare.getValue(),
                        profile[0].equipment(),
                        pushPullTarget.getValue(),
                        mobilityTarget.getValue(),
                        profile[0].version());
            } catch (IllegalArgumentException invalid) {
                var field = invalid.getMessage().startsWith("push") ? pushPullTarget : mobilityTarget;
                field.setErrorMessage(Character.toUpperCase(invalid.getMessage().charAt(0))
                        + invalid.getMessage().substring(1) + ".");
                field.setInvalid(true);
                return;
            }
            try {
                profile[0] = profiles.update(lifterId, changed);
                current[0] = notes.save(lifterId, note.getValue(), current[0].version());
            } catch (StaleEditException stale) {
                Notification warning = Notification.show(stale.getMessage(), 6000, Notification.Position.MIDDLE);
                warning.addThemeVariants(NotificationVariant.ERROR);
                return;
            }
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-client-settings");
        add(
                upperBackCare,
                pushPullTarget,
                mobilityTarget,
                note,
                new Paragraph("Notes for the client go on the exercises themselves, in the week plan."));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
