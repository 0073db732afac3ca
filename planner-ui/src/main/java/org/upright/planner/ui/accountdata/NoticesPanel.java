package org.upright.planner.ui.accountdata;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.upright.planner.accountdata.AccountDeletion;
import org.upright.planner.accountdata.Notice;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * What the signed-in person has been told and not yet dismissed: a client or a coach who deleted
 * their account. Hidden when there is nothing to say.
 */
public class NoticesPanel extends Div {

    private final AccountDeletion notices;

    public NoticesPanel(AccountDeletion notices) {
        this.notices = notices;
        setId("notices");
        getElement().setAttribute("role", "status");
        refresh();
    }

    private void refresh() {
        removeAll();
        for (Notice notice : notices.myNotices()) {
            Span text = new Span(ReaderText.render(notice.text()));
            Button dismiss = new Button(getTranslation("accountdata.notice.dismiss"), click -> {
                notices.dismiss(notice.id());
                refresh();
            });
            dismiss.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            HorizontalLayout row = new HorizontalLayout(text, dismiss);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("notice");
            add(row);
        }
        setVisible(getComponentCount() > 0);
    }
}
