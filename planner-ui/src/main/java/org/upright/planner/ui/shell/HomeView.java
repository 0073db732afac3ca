package org.upright.planner.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.ui.coaching.ClientsView;
import org.upright.planner.ui.week.MyWeekView;

/** The start page sends each person where their work is: lifters to their week, coaches to clients. */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean coach = authentication
                .getAuthenticatedUser(SignedInAccount.class)
                .map(me -> me.is(Role.COACH))
                .orElse(false);
        event.forwardTo(coach ? ClientsView.class : MyWeekView.class);
    }
}
