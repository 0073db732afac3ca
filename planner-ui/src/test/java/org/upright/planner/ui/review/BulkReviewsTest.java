package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.report.PaperSize;
import org.upright.planner.review.ReviewService;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.review.BulkJobStatus.State;

/**
 * The coach's bulk download against the real database: every selected client's review ends up in
 * the ZIP as a readable PDF; one job per coach; cancelling stops it and keeps nothing; each client
 * is checked again while the job runs, as the coach who started it.
 */
@UiTest
class BulkReviewsTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    ReviewService reviews;

    @Autowired
    WeekPlanService plans;

    @Autowired
    BulkReviews bulk;

    @Autowired
    Clock clock;

    @Autowired
    ScheduledTaskHolder schedules;

    TestPeople people;
    AccountSummary coach;
    List<AccountSummary> clients = new ArrayList<>();

    /** Runs nothing until told: lets a test look at a job that is waiting. */
    final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void aCoachWithThreeClients() {
        people = new TestPeople(accounts, coaching);
        coach = people.create("Bulk Coach", Role.COACH);
        for (String name : List.of("Ada Ångström", "Βασίλης Όμηρος", "Colm Ó Súilleabháin")) {
            AccountSummary client = people.create(name, Role.LIFTER);
            people.link(coach, client);
            ReviewData.balancedWeeks(plans, client, 4);
            clients.add(client);
        }
        TestPeople.signIn(coach);
    }

    final List<BulkReviews> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(BulkReviews::shutDown);
        SecurityContextHolder.clearContext();
    }

    @Test
    void allClientsReviewsArriveInOneZipAsReadablePdfsNamedAfterTheClients() throws Exception {
        bulk.start(List.of(), null, 4, PaperSize.LETTER);

        BulkJobStatus finished = awaitEnd(bulk);

        assertThat(finished.state()).isEqualTo(State.FINISHED);
        assertThat(finished.done()).isEqualTo(3);
        assertThat(finished.leftOut()).isEmpty();
        BulkReviews.Download zip = bulk.myZip().orElseThrow();
        assertThat(zip.fileName()).startsWith("Upright reviews ").endsWith(".zip");
        Map<String, byte[]> entries;
        try (InputStream in = Files.newInputStream(zip.file())) {
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
            assertThat(read.images()).isZero();
            assertThat(read.pageSizes()).allSatisfy(size -> assertThat(size).containsExactly(612f, 792f));
        }
    }

    @Test
    void aSecondJobIsRefusedWhileTheFirstIsGoingAndAllowedOnceItHasEnded() {
        BulkReviews held = held(job -> {});
        held.start(List.of(clients.getFirst().id()), null, 4, PaperSize.A4);
        assertThat(held.myJob()).map(BulkJobStatus::state).contains(State.QUEUED);

        assertThatThrownBy(() -> held.start(List.of(), null, 6, PaperSize.A4))
                .isInstanceOf(BulkJobRejected.class)
                .hasMessage(BulkReviews.ALREADY_RUNNING);

        runWaiting();
        assertThat(held.myJob()).map(BulkJobStatus::state).contains(State.FINISHED);
        held.start(List.of(), null, 6, PaperSize.A4);
        runWaiting();
        assertThat(held.myJob()).map(BulkJobStatus::done).contains(3);
    }

    @Test
    void cancellingAWaitingJobStopsItBeforeItStarts() {
        BulkReviews held = held(job -> {});
        held.start(List.of(), null, 4, PaperSize.A4);

        held.cancel();
        runWaiting();

        BulkJobStatus status = held.myJob().orElseThrow();
        assertThat(status.state()).isEqualTo(State.CANCELLED);
        assertThat(status.done()).isZero();
        assertThat(held.myZip()).isEmpty();
    }

    @Test
    void cancellingARunningJobStopsItAtTheNextClientAndKeepsNoFile() throws Exception {
        BulkReviews held = held(job -> job.cancel(clock.instant()));
        held.start(List.of(), null, 4, PaperSize.A4);

        runWaiting();

        BulkJobStatus status = held.myJob().orElseThrow();
        assertThat(status.state()).isEqualTo(State.CANCELLED);
        assertThat(status.done()).isEqualTo(1);
        assertThat(held.myZip()).isEmpty();
        try (var files = Files.list(held.folder())) {
            assertThat(files)
                    .as("ZIPs left behind")
                    .noneMatch(file -> file.getFileName().toString().startsWith("coach-" + coach.id() + "-"));
        }
    }

    @Test
    void aClientWhoLeftBeforeTheWorkerGotToThemIsLeftOutAndTheZipSaysSo() throws Exception {
        BulkReviews held = held(job -> {});
        held.start(List.of(), null, 4, PaperSize.A4);
        AccountSummary leaving = clients.get(1);
        TestPeople.as(leaving, () -> {
            coaching.endWithMyCoach();
            return null;
        });

        runWaiting();

        BulkJobStatus status = held.myJob().orElseThrow();
        assertThat(status.state()).isEqualTo(State.FINISHED);
        assertThat(status.leftOut()).singleElement().asString().startsWith(leaving.displayName() + " is no longer");
        Map<String, byte[]> entries;
        try (InputStream in = Files.newInputStream(held.myZip().orElseThrow().file())) {
            entries = Pdfs.unzip(in);
        }
        assertThat(entries.keySet())
                .hasSize(3)
                .contains(BulkReviews.LEFT_OUT_FILE)
                .noneSatisfy(name -> assertThat(name).contains(leaving.displayName()));
    }

    @Test
    void theWorkerRunsAsTheCoachWhoStartedTheJob() {
        List<Object> principals = new ArrayList<>();
        BulkReviews async = new BulkReviews(
                reviews,
                coaching,
                currentUser,
                clock,
                task -> Thread.ofPlatform().start(task),
                job -> principals.add(
                        SecurityContextHolder.getContext().getAuthentication().getPrincipal()));
        made.add(async);
        async.start(List.of(clients.getFirst().id()), null, 4, PaperSize.A4);

        BulkJobStatus ended = awaitEnd(async);

        assertThat(ended.state()).isEqualTo(State.FINISHED);
        assertThat(principals)
                .singleElement()
                .isInstanceOfSatisfying(
                        SignedInAccount.class, p -> assertThat(p.id()).isEqualTo(coach.id()));
    }

    @Test
    void onlyACoachStartsAJobAndOnlyForTheirOwnClients() {
        AccountSummary stranger = people.create("Sam Stranger", Role.LIFTER);
        assertThatThrownBy(() -> bulk.start(List.of(stranger.id()), null, 4, PaperSize.A4))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bulk.myJob()).isEmpty();

        TestPeople.signIn(clients.getFirst());
        assertThatThrownBy(() -> bulk.start(List.of(), null, 4, PaperSize.A4))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.myZip()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leftoversOfCrashedProcessesAreSweptOnASchedule() {
        // What the sweep does is proven with real processes in CrashLeftoversTest; here: it is due.
        assertThat(schedules.getScheduledTasks())
                .map(task -> task.getTask().getRunnable().toString())
                .contains(BulkReviews.class.getName() + ".sweepLeftovers");
    }

    @Test
    void aPeriodAReviewCannotCoverIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> bulk.start(List.of(), null, 7, PaperSize.A4))
                .hasMessage("A review covers 4, 5 or 6 weeks.");
        assertThat(bulk.myJob()).isEmpty();
    }

    private BulkReviews held(BulkReviews.Progress progress) {
        BulkReviews service = new BulkReviews(reviews, coaching, currentUser, clock, waiting::add, progress);
        made.add(service);
        return service;
    }

    private void runWaiting() {
        for (Runnable task = waiting.poll(); task != null; task = waiting.poll()) {
            task.run();
        }
    }

    private static BulkJobStatus awaitEnd(BulkReviews service) {
        var context = SecurityContextHolder.getContext();
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> {
                            SecurityContextHolder.setContext(context);
                            return service.myJob().orElseThrow();
                        },
                        status -> !status.active());
    }
}
