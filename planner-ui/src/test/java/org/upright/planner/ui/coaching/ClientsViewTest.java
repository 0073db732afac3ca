package org.upright.planner.ui.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.coaching.ClientRow;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

@UiTest
class ClientsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    org.upright.planner.plan.TemplateService templates;

    TestPeople people;
    AccountSummary coach;
    AccountSummary balanced;
    AccountSummary pressing;

    @BeforeEach
    void aCoachWithTwoClients() {
        people = new TestPeople(accounts, coaching);
        coach = people.create("Roster Coach", Role.COACH);
        balanced = people.create("Bea Balanced", Role.LIFTER);
        pressing = people.create("Pete Presses", Role.LIFTER);
        people.link(coach, balanced);
        people.link(coach, pressing);
        LocalDate monday = org.upright.planner.plan.Weeks.startOf(LocalDate.now());
        TestPeople.as(
                balanced,
                () -> plans.applyTemplate(
                        balanced.id(),
                        monday,
                        PlannedWeek.NOT_SAVED,
                        BuiltInTemplates.BALANCED_THREE_DAY,
                        ExistingSessions.KEEP));
        TestPeople.as(pressing, () -> {
            PlannedWeek week = plans.addSession(
                    pressing.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Bench day");
            return plans.addExercise(
                    pressing.id(),
                    monday,
                    week.version(),
                    week.plan().sessions().findFirst().orElseThrow().id(),
                    BlockType.MAIN,
                    CatalogSlugs.BENCH_PRESS);
        });
        TestPeople.signIn(coach);
    }

    @Test
    void theRosterListsTheClientsAndTheNeedsAttentionFilterKeepsTheOnesWithProblems() {
        ClientsView view = navigate(ClientsView.class);

        assertThat(items(view)).extracting(ClientRow::name).containsExactlyInAnyOrder("Bea Balanced", "Pete Presses");

        test(view.needsAttention).click();
        assertThat(items(view)).extracting(ClientRow::name).containsExactly("Pete Presses");

        test(view.needsAttention).click();
        // "balanced", not "bea": the random part of the e-mail addresses is hex and may contain "bea".
        test(view.search).setValue("balanced");
        assertThat(items(view)).extracting(ClientRow::name).containsExactly("Bea Balanced");
    }

    @Test
    void anInvitationLinkIsMadeForAnAddressAndABadAddressIsExplainedAtTheField() {
        navigate(ClientsView.class);
        test($(Button.class).withId("invite").single()).click();

        EmailField email = $(EmailField.class).single();
        test(email).setValue("not an address");
        test($(Button.class).withId("create-invitation").single()).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getValue()).isEqualTo("not an address");

        test(email).setValue("new.client@example.com");
        test($(Button.class).withId("create-invitation").single()).click();
        TextField link = $(TextField.class).withId("invitation-link").single();
        assertThat(link.getValue()).contains("invitation/");
        assertThat(TestPeople.as(coach, () -> coaching.pendingInvitations()))
                .extracting(i -> i.email())
                .contains("new.client@example.com");
    }

    @Test
    void aCoachCannotOpenTheWeekOfSomeoneWhoIsNotTheirClientByEditingTheUrl() {
        AccountSummary stranger = people.create("Sam Stranger", Role.LIFTER);

        Component shown = navigate("clients/" + stranger.id() + "/week", Component.class);

        assertThat(shown).isNotInstanceOf(ClientWeekView.class);
        assertThat(getCurrentView()).isInstanceOf(org.upright.planner.ui.shell.NotFoundView.class);
        navigate("clients/" + balanced.id() + "/week", ClientWeekView.class);
    }

    @Test
    void theCoachKeepsAClientsWeekAsATemplateFromThePlanner() {
        navigate("clients/" + balanced.id() + "/week", ClientWeekView.class);

        test($(Button.class).withText("Use a template").single()).click();
        TextField name =
                $(TextField.class).withCaption("Keep this week as a template").single();
        test($(Button.class).withId("save-as-template").single()).click();
        assertThat(name.isInvalid()).as("a template needs a name").isTrue();
        test(name).setValue("Bea's balanced week");
        test($(Button.class).withId("save-as-template").single()).click();

        assertThat(TestPeople.as(coach, () -> templates.available()))
                .extracting(t -> t.name())
                .contains("Bea's balanced week");
    }

    private static List<ClientRow> items(ClientsView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }
}
