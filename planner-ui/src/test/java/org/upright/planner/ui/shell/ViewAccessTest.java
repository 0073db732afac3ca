package org.upright.planner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.upright.planner.account.Role;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.coaching.ClientsView;
import org.upright.planner.ui.security.LoginView;
import org.upright.planner.ui.security.WithSignedInAccount;
import org.upright.planner.ui.week.MyWeekView;

@UiTest
class ViewAccessTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToSignInWhateverTheyOpen() {
        navigate("week", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        navigate("clients", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithSignedInAccount(role = Role.LIFTER, name = "Alex Lifter")
    void aLifterLandsOnTheirOwnWeek() {
        navigate("", MyWeekView.class);

        assertThat($view(H2.class).withId("week-title").single().getText()).startsWith("Alex Lifter · Week ");
    }

    @Test
    @WithSignedInAccount(role = Role.COACH, name = "Morgan Coach")
    void aCoachLandsOnTheirClients() {
        navigate("", ClientsView.class);

        assertThat($view(H2.class).single().getText()).isEqualTo("Morgan Coach’s clients");
    }

    @Test
    @WithSignedInAccount(role = Role.LIFTER)
    void aLifterCannotOpenTheCoachOnlyClientsPage() {
        Component shown = navigate("clients", Component.class);

        assertThat(shown).isNotInstanceOf(ClientsView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithSignedInAccount(role = Role.COACH)
    void aCoachCannotOpenTheLifterOnlyWeekPage() {
        navigate("week", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
