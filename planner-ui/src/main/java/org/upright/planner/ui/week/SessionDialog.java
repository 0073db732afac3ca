package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiPredicate;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.ui.i18n.ReaderText;

/** Name and kind of a new or existing session. Keeps what was typed when the save is refused. */
class SessionDialog extends Dialog {

    SessionDialog(String heading, Session existing, BiPredicate<SessionKind, String> onSave) {
        setHeaderTitle(heading);
        Select<SessionKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(ReaderText::label);
        kind.setValue(existing == null ? SessionKind.STRENGTH : existing.kind());
        TextField title = new TextField("Title");
        title.setMaxLength(Session.MAX_TITLE_LENGTH);
        title.setRequired(true);
        title.setValue(existing == null ? "" : existing.title());
        title.setWidthFull();
        Button save = new Button("Save", click -> {
            if (title.getValue().isBlank()) {
                title.setErrorMessage("Give the session a title, for example \"Upper body\".");
                title.setInvalid(true);
                return;
            }
            if (onSave.test(kind.getValue(), title.getValue())) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(kind, title);
        getFooter().add(new Button("Cancel", click -> close()), save);
        title.focus();
    }
}
