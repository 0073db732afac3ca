package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.upright.planner.account.CoachingRejected;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Invitation;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * Invites a lifter by e-mail address. The link goes out by mail (docs/adr/0025); it is shown too,
 * for a coach who would rather pass it on in person.
 */
class InviteDialog extends Dialog {

    final EmailField email = new EmailField(getTranslation("coaching.invite.email"));
    final TextField link = new TextField(getTranslation("coaching.invite.link"));
    final Paragraph mailed = new Paragraph();

    InviteDialog(CoachingService coaching) {
        setHeaderTitle(getTranslation("coaching.invite.title"));
        setWidth("min(32rem, 95vw)");
        email.setWidthFull();
        link.setWidthFull();
        link.setReadOnly(true);
        link.setVisible(false);
        link.setId("invitation-link");
        mailed.setVisible(false);
        mailed.setId("invitation-mailed");
        Paragraph explain = new Paragraph(getTranslation("coaching.invite.explain"));
        Button create = new Button(getTranslation("coaching.invite.create"), click -> create(coaching));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setId("create-invitation");
        add(explain, email, mailed, link);
        getFooter().add(new Button(getTranslation("coaching.invite.close"), click -> close()), create);
    }

    private void create(CoachingService coaching) {
        try {
            Invitation invitation = coaching.invite(email.getValue());
            String base = com.vaadin.flow.server.VaadinServletRequest.getCurrent() == null ? "" : baseUrl();
            link.setValue(base + "invitation/" + invitation.code());
            link.setVisible(true);
            mailed.setText(getTranslation("invitations.mailed", invitation.email()));
            mailed.setVisible(true);
            email.setInvalid(false);
        } catch (CoachingRejected rejected) {
            email.setErrorMessage(ReaderText.render(rejected.reason()));
            email.setInvalid(true);
        }
    }

    private static String baseUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest();
        String url = request.getRequestURL().toString();
        String context = request.getContextPath();
        int at = url.indexOf("/", url.indexOf("//") + 2);
        return (at < 0 ? url : url.substring(0, at)) + context + "/";
    }
}
