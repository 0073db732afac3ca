package org.upright.planner.ui.accountdata;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.accountdata.AccountDeletion;
import org.upright.planner.accountdata.AccountDeletionRejected;
import org.upright.planner.accountdata.DataExport;
import org.upright.planner.report.PaperSize;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * "Your data": download everything (lifters) and delete the account (everyone). The download is
 * written straight into the response as the service reads it; the deletion needs the password and
 * signs out at once.
 */
@Route("your-data")
@PermitAll
public class YourDataView extends VerticalLayout implements HasDynamicTitle {

    final Anchor download = new Anchor();
    final PasswordField password = new PasswordField();
    final Button delete = new Button();

    private final AccountDeletion deletion;
    private final AuthenticationContext authentication;

    public YourDataView(
            AccountService accounts,
            DataExport export,
            AccountDeletion deletion,
            AuthenticationContext authentication) {
        this.deletion = deletion;
        this.authentication = authentication;
        addClassName("upright-page");
        AccountSummary me = accounts.me();
        add(new H2(getTranslation("accountdata.view.title")));

        if (me.role() == Role.LIFTER) {
            Locale locale = getLocale();
            String paper = PaperSize.defaultFor(locale).name();
            download.setId("download-my-data");
            download.setHref(downloadOf(export, me.id(), paper, locale), AttachmentType.DOWNLOAD);
            download.add(
                    VaadinIcon.DOWNLOAD.create(),
                    new com.vaadin.flow.component.html.Span(getTranslation("accountdata.export.link")));
            add(
                    new H3(getTranslation("accountdata.export.heading")),
                    new Paragraph(getTranslation("accountdata.export.explain")),
                    download);
        }

        password.setId("delete-password");
        password.setLabel(getTranslation("accountdata.delete.password"));
        password.setWidth("min(24rem, 100%)");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        delete.setId("delete-account");
        delete.setText(getTranslation("accountdata.delete.button"));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        delete.addClickListener(click -> deleteAccount());
        password.addKeyDownListener(Key.ENTER, enter -> deleteAccount());
        add(
                new H3(getTranslation("accountdata.delete.heading")),
                new Paragraph(getTranslation(
                        me.role() == Role.LIFTER
                                ? "accountdata.delete.explainLifter"
                                : "accountdata.delete.explainCoach")),
                password,
                delete);
    }

    private static DownloadHandler downloadOf(DataExport export, long lifterId, String paper, Locale locale) {
        return event -> {
            // Asked again when clicked: the service checks who asks, and the ZIP is made from what
            // is stored now.
            event.setFileName(export.fileName());
            event.setContentType("application/zip");
            export.export(lifterId, paper, locale, event.getOutputStream());
        };
    }

    void deleteAccount() {
        try {
            deletion.deleteMyAccount(password.getValue());
        } catch (AccountDeletionRejected rejected) {
            password.setInvalid(true);
            password.setErrorMessage(ReaderText.render(rejected.reason()));
            password.focus();
            return;
        }
        authentication.logout();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accountdata.view.pageTitle");
    }
}
