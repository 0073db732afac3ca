package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * Name, kind and (optionally) time of day of a new or existing session. Keeps what was typed when
 * the save is refused. The time is the lifter's own (docs/adr/0021).
 */
class SessionDialog extends Dialog {

    /** What the planner saves; true when it was taken (the dialog then closes). */
    @FunctionalInterface
    interface Saving {
        boolean save(SessionKind kind, String title, LocalTime time);
    }

    final TimePicker time = new TimePicker();

    SessionDialog(String heading, Session existing, Saving onSave) {
        setHeaderTitle(heading);
        Select<SessionKind> kind = new Select<>();
        kind.setLabel(getTranslation("planner.session.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(ReaderText::label);
        kind.setValue(existing == null ? SessionKind.STRENGTH : existing.kind());
        TextField title = new TextField(getTranslation("planner.session.title"));
        title.setMaxLength(Session.MAX_TITLE_LENGTH);
        title.setRequired(true);
        title.setValue(existing == null ? "" : existing.title());
        title.setWidthFull();
        time.setId("session-time");
        time.setLabel(getTranslation("calendar.session.time.label"));
        time.setHelperText(getTranslation("calendar.session.time.helper"));
        time.setStep(Duration.ofMinutes(15));
        time.setClearButtonVisible(true);
        time.setValue(existing == null ? null : existing.time());
        Button save = new Button(getTranslation("planner.common.save"), click -> {
            if (title.getValue().isBlank()) {
                title.setErrorMessage(getTranslation("planner.session.titleMissing"));
                title.setInvalid(true);
                return;
            }
            if (time.isInvalid()) {
                return;
            }
            if (onSave.save(kind.getValue(), title.getValue(), time.getValue())) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(kind, title, time);
        getFooter().add(new Button(getTranslation("planner.common.cancel"), click -> close()), save);
        title.focus();
    }
}
