package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.coaching.ClientRow;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.review.BulkReviewJobs;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.coaching.ClientsView;

/** The roster's "Download reviews": tick clients, prepare the ZIP, watch it finish, download it. */
@UiTest
class BulkReviewPanelTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    BulkReviewJobs bulk;

    AccountSummary coach;

    @BeforeEach
    void aCoachWithThreeClients() {
        TestPeople people = new TestPeople(accounts, coaching);
        coach = people.create("Panel Coach", Role.COACH);
        for (String name : List.of("Anna Åberg", "Boris Бойко", "Chloé Ćwik")) {
            AccountSummary client = people.create(name, Role.LIFTER);
            people.link(coach, client);
            ReviewData.balancedWeeks(plans, client, 4);
        }
        TestPeople.signIn(coach);
    }

    @Test
    void theTickedClientsReviewsArePreparedWithProgressAndDownloadedAsOneZip() {
        ClientsView roster = navigate(ClientsView.class);
        BulkReviewPanel panel = roster.getChildren()
                .filter(BulkReviewPanel.class::isInstance)
                .map(BulkReviewPanel.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(panel.isVisible()).as("no job yet").isFalse();
        @SuppressWarnings("unchecked")
        Grid<ClientRow> grid = $(Grid.class).first();
        List<ClientRow> rows = grid.getGenericDataView().getItems().toList();
        rows.stream().filter(r -> !r.name().startsWith("Boris")).forEach(grid::select);

        test($(Button.class).withId("bulk-reviews-open").single()).click();
        BulkReviewDialog dialog = $(BulkReviewDialog.class).single();
        assertThat(dialog.getChildren()
                        .flatMap(c -> c.getChildren())
                        .filter(Paragraph.class::isInstance)
                        .map(p -> ((Paragraph) p).getText())
                        .findFirst())
                .hasValueSatisfying(text -> assertThat(text).contains("each of the 2 selected clients"));
        test(dialog.start).click();

        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.getElement().getAttribute("data-state")).isIn("QUEUED", "RUNNING", "FINISHED");
        awaitEnd();
        panel.refresh();

        assertThat(panel.getElement().getAttribute("data-state")).isEqualTo("FINISHED");
        assertThat(panel.text.getText()).isEqualTo("2 reviews are ready.");
        assertThat(panel.bar.isVisible()).isFalse();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        test($(Anchor.class).withId("bulk-download").single()).download(zip);
        Map<String, byte[]> entries = Pdfs.unzip(new ByteArrayInputStream(zip.toByteArray()));
        assertThat(entries.keySet())
                .hasSize(2)
                .anySatisfy(name -> assertThat(name).contains("Anna Åberg"))
                .anySatisfy(name -> assertThat(name).contains("Chloé Ćwik"));
        assertThat(Pdfs.read(entries.values().iterator().next()).text()).contains("Panel Coach");

        test(panel.dismiss).click();
        assertThat(panel.isVisible()).isFalse();
        assertThat(bulk.myZip()).isEmpty();
    }

    @Test
    void withNobodyTickedTheDialogOffersEveryClient() {
        navigate(ClientsView.class);

        test($(Button.class).withId("bulk-reviews-open").single()).click();

        BulkReviewDialog dialog = $(BulkReviewDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("each of your 3 clients");
    }

    private void awaitEnd() {
        var context = SecurityContextHolder.getContext();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    SecurityContextHolder.setContext(context);
                    return bulk.myJob().map(job -> !job.active()).orElse(false);
                });
    }
}
