package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.review.BulkJobStatus;
import org.upright.planner.review.BulkJobStatus.State;
import org.upright.planner.review.BulkReviewJobs;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * The coach's bulk download with the real printing, against the real database: every selected
 * client's review ends up in the ZIP as a readable PDF. (That a node writes nothing to its temporary
 * directory, issue 10 point 7, is checked by TwoNodesIT, where each node has a directory of its
 * own; this JVM shares /tmp with other builds.) The job engine's own behaviour
 * (one job per coach, crashes, cancel, expiry) is tested in planner-core's BulkReviewJobsTest.
 */
@UiTest
class BulkReviewsTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    BulkReviewJobs bulk;

    @Autowired
    ScheduledTaskHolder schedules;

    final List<AccountSummary> clients = new ArrayList<>();

    @BeforeEach
    void aCoachWithThreeClients() {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Bulk Coach", Role.COACH);
        for (String name : List.of("Ada Ångström", "Βασίλης Όμηρος", "Colm Ó Súilleabháin")) {
            AccountSummary client = people.create(name, Role.LIFTER);
            people.link(coach, client);
            ReviewData.balancedWeeks(plans, client, 4);
            clients.add(client);
        }
        TestPeople.signIn(coach);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void allClientsReviewsArriveInOneZipAsReadablePdfs() throws Exception {
        bulk.start(List.of(), null, 4, "LETTER");
        BulkJobStatus finished = awaitEnd();

        assertThat(finished.state()).isEqualTo(State.FINISHED);
        assertThat(finished.done()).isEqualTo(3);
        BulkReviewJobs.StoredZip zip = bulk.myZip().orElseThrow();
        assertThat(zip.fileName()).startsWith("Upright reviews ").endsWith(".zip");
        Map<String, byte[]> entries;
        try (InputStream in = zip.content().get()) {
            entries = Pdfs.unzip(in);
        }
        assertThat(entries.keySet())
                .hasSize(3)
                .allSatisfy(name -> assertThat(name).startsWith("Review ").endsWith(".pdf"))
                .anySatisfy(name -> assertThat(name).contains("Βασίλης Όμηρος"));
        for (AccountSummary client : clients) {
            byte[] pdf = entries.entrySet().stream()
                    .filter(e -> e.getKey().contains(client.displayName()))
                    .findFirst()
                    .orElseThrow()
                    .getValue();
            Pdfs.Read read = Pdfs.read(pdf);
            assertThat(read.text()).contains(client.displayName(), "Bulk Coach", "What to do next");
            assertThat(read.allFontsEmbedded()).isTrue();
            assertThat(read.pageSizes()).allSatisfy(size -> assertThat(size).containsExactly(612f, 792f));
        }
    }

    @Test
    void leftoversOfOlderVersionsAreClearedOnASchedule() {
        // What the clearing does is proven with real processes in CrashLeftoversTest; here: it is due.
        assertThat(schedules.getScheduledTasks())
                .map(task -> task.getTask().getRunnable().toString())
                .contains(DownloadFolders.class.getName() + ".onStartAndHourly");
    }

    private BulkJobStatus awaitEnd() {
        var context = SecurityContextHolder.getContext();
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            SecurityContextHolder.setContext(context);
                            return bulk.myJob().orElseThrow();
                        },
                        status -> !status.active());
    }
}
