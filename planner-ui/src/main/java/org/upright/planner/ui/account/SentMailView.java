package org.upright.planner.ui.account;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.upright.planner.account.SentMailbox;
import org.upright.planner.mail.SentMail;
import org.upright.planner.ui.shell.MainLayout;

/**
 * "Sent mail": every e-mail Upright sent to the signed-in person, newest first. Where no mail
 * server is configured (the README's default) this page and the log are where mail is read.
 */
@Route(value = "sent-mail", layout = MainLayout.class)
@PermitAll
public class SentMailView extends VerticalLayout implements HasDynamicTitle {

    final Div mails = new Div();

    public SentMailView(SentMailbox mailbox) {
        addClassName("upright-page");
        add(new H2(getTranslation("account.sentMail.title")), new Paragraph(getTranslation("account.sentMail.intro")));
        List<SentMail> mine = mailbox.mine();
        if (mine.isEmpty()) {
            mails.add(new Paragraph(getTranslation("account.sentMail.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (SentMail mail : mine) {
            Span summary = new Span(getTranslation(
                    "account.sentMail.summary",
                    when.format(mail.queued()),
                    mail.subject(),
                    getTranslation(deliveryKey(mail.delivery()))));
            Pre text = new Pre(mail.text());
            text.getStyle().set("white-space", "pre-wrap");
            Details details = new Details(summary, new Paragraph(getTranslation("account.sentMail.to", mail.to())));
            if (!mail.attachments().isEmpty()) {
                Paragraph files = new Paragraph(
                        getTranslation("sendreview.sentMail.attached", String.join(", ", mail.attachments())));
                files.addClassName("upright-sent-mail-files");
                details.add(files);
            }
            details.add(text);
            details.addClassName("upright-sent-mail");
            mails.add(details);
        }
        add(mails);
    }

    private static String deliveryKey(SentMail.Delivery delivery) {
        return switch (delivery) {
            case WAITING -> "account.sentMail.delivery.waiting";
            case SENT -> "account.sentMail.delivery.sent";
            case KEPT -> "account.sentMail.delivery.kept";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.sentMail.pageTitle");
    }
}
