package org.upright.planner.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.coaching.ClientRow;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.coaching.ClientWeekView;
import org.upright.planner.ui.coaching.ClientsView;

/** What a coach sees of a client's red flag: the badge on the roster, the banner, the journal. */
@UiTest
class CoachSeesSafetyTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    CheckInService checkIns;

    TestPeople people;
    AccountSummary coach;
    AccountSummary flagged;
    AccountSummary fine;

    @BeforeEach
    void aCoachWhoseClientTickedNumbness() {
        people = new TestPeople(accounts, coaching);
        coach = people.create("Coach Carter", Role.COACH);
        flagged = people.create("Nell Numb", Role.LIFTER);
        fine = people.create("Fred Fine", Role.LIFTER);
        people.link(coach, flagged);
        people.link(coach, fine);
        TestPeople.as(
                flagged,
                () -> checkIns.checkIn(
                        flagged.id(),
                        PainEntry.of(LocalDate.now(), PainTiming.BEFORE, 8),
                        Set.of(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS)));
        TestPeople.signIn(coach);
    }

    @Test
    void theRosterShowsTheRedBadgeOnTheFlaggedClientOnly() {
        navigate(ClientsView.class);

        @SuppressWarnings("unchecked")
        Grid<ClientRow> grid = $(Grid.class).single();
        List<ClientRow> rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows)
                .filteredOn(ClientRow::redFlag)
                .extracting(ClientRow::name)
                .containsExactly("Nell Numb");
        assertThat(rows)
                .filteredOn(r -> r.name().equals("Nell Numb"))
                .singleElement()
                .satisfies(r -> assertThat(r.needsAttention()).isTrue());
        int scoreColumn = grid.getColumns()
                .indexOf(grid.getColumns().stream()
                        .filter(c -> "Score".equals(c.getHeaderText()))
                        .findFirst()
                        .orElseThrow());
        for (int row = 0; row < rows.size(); row++) {
            String score = test(grid).getCellText(row, scoreColumn);
            if (rows.get(row).redFlag()) {
                assertThat(score).as("a paused plan shows no score").isEqualTo("Paused");
            } else {
                assertThat(score).isEqualTo(Integer.toString(rows.get(row).score()));
            }
        }
    }

    @Test
    void theClientsWeekAndJournalSayThePlanIsPausedButOfferNoClearance() {
        navigate("clients/" + flagged.id() + "/week", ClientWeekView.class);
        Div banner = $(Div.class).withId("safety-banner").single();
        assertThat($(H3.class, banner).withId("plan-paused").single().getText())
                .isEqualTo("This client’s plan is paused");
        assertThat($(Anchor.class, banner).withId("journal-link").single().getHref())
                .isEqualTo("clients/" + flagged.id() + "/journal");

        navigate("clients/" + flagged.id() + "/journal", ClientJournalView.class);
        Div notice = $(Div.class).withId("safety-notice").single();
        assertThat($(Span.class, notice)
                        .withClassName("safety-headline")
                        .first()
                        .getText())
                .isEqualTo("See a medical professional now");
        assertThat($(Button.class).withId("record-clearance").exists()).isFalse();
        assertThat($(Button.class).withClassName("mark-done").exists()).isFalse();
    }

    @Test
    void anotherCoachCannotOpenTheJournalByEditingTheUrl() {
        AccountSummary other = people.create("Other Coach", Role.COACH);
        TestPeople.signIn(other);

        Component shown = navigate("clients/" + flagged.id() + "/journal", Component.class);

        assertThat(shown).isNotInstanceOf(ClientJournalView.class);
        assertThat(getCurrentView()).isNotInstanceOf(ClientJournalView.class);
    }
}
