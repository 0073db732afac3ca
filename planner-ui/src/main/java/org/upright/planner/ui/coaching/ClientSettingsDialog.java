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
import org.upright.planner.common.Quantities;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.ui.form.FormCheck;
import org.upright.planner.ui.form.NumberInputs;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * A coach's settings for one client: upper-back care, the push:pull and mobility targets, and a
 * private note the client never sees. Save stores all of it or none of it; nothing typed is lost
 * when a save is refused, and the reason is shown at the field it concerns.
 */
public class ClientSettingsDialog extends Dialog {

    final Checkbox upperBackCare = new Checkbox(getTranslation("coaching.settings.upperBackCare"));
    final NumberField pushPullTarget = NumberInputs.decimal(getTranslation("coaching.settings.pushPullTarget"));
    final IntegerField mobilityTarget = NumberInputs.whole(getTranslation("coaching.settings.mobilityTarget"));
    final TextArea note = new TextArea(getTranslation("coaching.settings.note"));
    final Paragraph formError = new Paragraph();

    public ClientSettingsDialog(
            long lifterId,
            String clientName,
            ProfileService profiles,
            CoachNoteService notes,
            ClientSettingsService settings,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("coaching.settings.title", clientName));
        setWidth("min(34rem, 95vw)");
        ClientSettings[] loaded = {new ClientSettings(profiles.profileOf(lifterId), notes.noteAbout(lifterId))};
        TrainingProfile profile = loaded[0].profile();
        upperBackCare.setValue(profile.upperBackCare());
        pushPullTarget.setValue(profile.pushPullTarget());
        pushPullTarget.setMin(TrainingProfile.MIN_PUSH_PULL_TARGET);
        pushPullTarget.setMax(TrainingProfile.MAX_PUSH_PULL_TARGET);
        pushPullTarget.setStep(0.1);
        pushPullTarget.setHelperText(
                getTranslation("coaching.settings.pushPullTarget.helper", Quantities.number(1.5, getLocale())));
        mobilityTarget.setValue(profile.mobilityTarget());
        mobilityTarget.setMin(1);
        mobilityTarget.setMax(7);
        mobilityTarget.setHelperText(getTranslation("coaching.settings.mobilityTarget.helper"));
        note.setValue(loaded[0].note().text());
        note.setMaxLength(org.upright.planner.coaching.CoachNote.MAX_LENGTH);
        note.setWidthFull();
        note.setMinHeight("8rem");
        pushPullTarget.setWidthFull();
        mobilityTarget.setWidthFull();
        formError.addClassName("upright-form-error");
        formError.setVisible(false);

        Button save = new Button(getTranslation("coaching.settings.save"), click -> {
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
                // the same words as the lifter's own settings
                if (invalid.getMessage().startsWith("push")) {
                    check.mark(
                            pushPullTarget,
                            getTranslation(
                                    "ui.settings.pushPullTarget.outOfRange",
                                    Quantities.number(TrainingProfile.MIN_PUSH_PULL_TARGET, getLocale()),
                                    Quantities.number(TrainingProfile.MAX_PUSH_PULL_TARGET, getLocale())));
                } else {
                    check.mark(mobilityTarget, getTranslation("ui.settings.mobilityTarget.outOfRange"));
                }
                return;
            }
            try {
                loaded[0] = settings.save(
                        lifterId, changed, note.getValue(), loaded[0].note().version());
            } catch (CoachNoteRejected refused) {
                check.mark(note, ReaderText.render(refused.reason()));
                return;
            } catch (StaleEditException stale) {
                formError.setText(getTranslation("coaching.settings.stale", ReaderText.render(stale.reason())));
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
                new Paragraph(getTranslation("coaching.settings.clientNotes")));
        getFooter().add(new Button(getTranslation("coaching.settings.cancel"), click -> close()), save);
    }
}
