package org.upright.planner.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.upright.planner.account.EmailChange;

/**
 * Changing one's e-mail address on the settings screen (docs/adr/0024): the new address gets a link
 * that makes the change, the old one a notice. The answer is the same whether or not the new address
 * has an account; what is wrong with what was typed is shown at the field, which keeps it.
 */
class EmailSection extends VerticalLayout {

    final EmailField newEmail = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    private final EmailChange changes;

    EmailSection(EmailChange changes, String currentEmail) {
        this.changes = changes;
        setPadding(false);
        newEmail.setLabel(getTranslation("account.email.new"));
        newEmail.setId("new-email");
        newEmail.setWidth("min(24rem, 100%)");
        send.setText(getTranslation("account.email.send"));
        send.setId("change-email");
        send.addClickListener(click -> ask());
        answer.setId("new-email-answer");
        answer.setVisible(false);
        add(
                new H3(getTranslation("account.email.title")),
                new Paragraph(getTranslation("account.email.current", currentEmail)),
                newEmail,
                send,
                answer);
    }

    private void ask() {
        newEmail.setInvalid(false);
        answer.setVisible(false);
        String typed = newEmail.getValue() == null ? "" : newEmail.getValue().strip();
        String problem = switch (changes.askForMyNewAddress(typed, getLocale())) {
            case SENT -> null;
            case NOT_AN_ADDRESS -> getTranslation("account.email.invalid");
            case NOT_ASCII -> getTranslation("account.email.notAscii");
            case SAME -> getTranslation("account.email.same");
            case TOO_MANY -> getTranslation("account.email.tooMany");
        };
        if (problem != null) {
            newEmail.setErrorMessage(problem);
            newEmail.setInvalid(true);
            return;
        }
        answer.setText(getTranslation("account.email.sent", typed, EmailChange.VALID.toHours()));
        answer.setVisible(true);
    }
}
