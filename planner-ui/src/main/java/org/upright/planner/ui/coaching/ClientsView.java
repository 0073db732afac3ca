package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;

/** A coach's start page: their client roster. */
@Route("clients")
@PageTitle("Clients · Upright")
@RolesAllowed("COACH")
public class ClientsView extends VerticalLayout {

    public ClientsView(AccountService accounts) {
        addClassName("upright-page");
        AccountSummary me = accounts.me();
        add(new H2(me.displayName() + "'s clients"), new Paragraph("Signed in as coach " + me.email() + "."));
    }
}
