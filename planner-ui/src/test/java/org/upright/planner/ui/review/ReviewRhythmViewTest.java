package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.review.ReviewRhythms;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.coaching.ClientsView;

/** The coach picks a client's review rhythm on the review screen; the roster says when the next review is. */
@UiTest
class ReviewRhythmViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    ReviewRhythms rhythms;

    @Test
    @SuppressWarnings("unchecked")
    void theCoachSetsSixWeeksAndTheRosterShowsTheNextReviewAndThatNoneWasSent() {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Rhea Rhythm", Role.COACH);
        AccountSummary client = people.create("Cleo Client", Role.LIFTER);
        people.link(coach, client);
        TestPeople.signIn(coach);

        navigate("clients/" + client.id() + "/review", ClientReviewView.class);
        Select<Integer> picker = $(Select.class).withId("review-rhythm").single();
        assertThat(picker.getValue()).isEqualTo(4);
        test(picker).selectItem("6 weeks");

        assertThat(rhythms.schedules(List.of(client.id())).get(client.id()).weeks())
                .isEqualTo(6);

        navigate(ClientsView.class);
        Grid<?> roster = $(Grid.class).single();
        int column = roster.getColumns().indexOf(roster.getColumnByKey("review"));
        assertThat(test(roster).getCellText(0, column)).startsWith("Next ").endsWith("none sent yet");
    }
}
