package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.CoreTestApplication;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.review.BulkJobStatus.State;

/**
 * Bulk review jobs on the job engine against the real PostgreSQL: the ZIP is stored in the database
 * and read back in parts; one job per coach, however many requests arrive at once; a job whose
 * node died is begun again and finished by another; cancel, left-out clients, expiry; the worker
 * runs as the coach.
 */
@DatabaseTest
class BulkReviewJobsTest {

    @Autowired
    BulkReviewJobs bulk;

    @Autowired
    People people;

    @Autowired
    CoachingService coaching;

    @Autowired
    Scheduler engine;

    @Autowired
    JdbcTemplate jdbc;

    AccountSummary coach;
    final List<AccountSummary> clients = new ArrayList<>();

    @BeforeEach
    void aCoachWithThreeClients() {
        coach = people.coach("Bulk Coach");
        for (String name : List.of("Ada Ångström", "Βασίλης Όμηρος", "Colm Ó Súilleabháin")) {
            AccountSummary client = people.lifter(name);
            people.coaches(coach, client, false);
            clients.add(client);
        }
    }

    @AfterEach
    void engineRunsAgain() {
        bulk.onProgress((job, done) -> {});
        engine.resume();
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyClientsReviewIsInTheZipStoredInTheDatabase() throws Exception {
        people.as(coach, () -> bulk.start(List.of(), null, 4, "LETTER"));

        BulkJobStatus finished = awaitEnd();

        assertThat(finished.state()).isEqualTo(State.FINISHED);
        assertThat(finished.done()).isEqualTo(3);
        Map<String, String> entries = unzipText(download());
        assertThat(entries)
                .containsEntry("Review Ada Ångström.txt", "Ada Ångström on LETTER")
                .containsKey("Review Βασίλης Όμηρος.txt")
                .hasSize(3);
    }

    @Test
    void aZipLargerThanOnePartIsStoredAndReadBackWhole() throws Exception {
        AccountSummary big = people.lifter("Big Bertha");
        people.coaches(coach, big, false);

        people.as(coach, () -> bulk.start(List.of(big.id()), null, 4, "A4"));
        assertThat(awaitEnd().state()).isEqualTo(State.FINISHED);

        assertThat(jdbc.queryForObject(
                        "select count(*) from bulk_review_zip_part p join bulk_review_job j on j.id = p.job_id"
                                + " where j.coach_id = ?",
                        Integer.class,
                        coach.id()))
                .as("parts of 1 MiB")
                .isEqualTo(3);
        byte[] zip = download();
        assertThat((long) zip.length)
                .isEqualTo(people.as(coach, () -> bulk.myZip().orElseThrow().size()));
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo("Review Big Bertha.txt");
            assertThat(in.readAllBytes()).hasSizeGreaterThan(CoreTestApplication.BIG_REVIEW_BYTES);
        }
    }

    @Test
    void fortyRequestsAtOnceStartOneJob() throws Exception {
        engine.pause(); // the job stays queued, so every other request must see it
        int requests = 40;
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                outcomes.add(threads.submit(() -> {
                    together.await();
                    try {
                        people.as(coach, () -> bulk.start(List.of(), null, 4, "A4"));
                        return "started";
                    } catch (BulkJobRejected refused) {
                        return refused.reason().key();
                    }
                }));
            }
            List<String> said = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                said.add(outcome.get());
            }
            assertThat(said).filteredOn("started"::equals).hasSize(1);
            assertThat(said)
                    .filteredOn(BulkReviewJobs.ALREADY_RUNNING.key()::equals)
                    .hasSize(requests - 1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from bulk_review_job where coach_id = ?", Integer.class, coach.id()))
                .isEqualTo(1);
        engine.resume();
        assertThat(awaitEnd().state()).isEqualTo(State.FINISHED);
        people.as(coach, () -> bulk.start(List.of(), null, 6, "A4"));
        assertThat(awaitEnd().state()).as("a new job once the first has ended").isEqualTo(State.FINISHED);
    }

    @Test
    void aJobWhoseNodeDiedIsBegunAgainAndFinishedByAnother() throws Exception {
        engine.pause();
        people.as(coach, () -> bulk.start(List.of(), null, 4, "A4"));
        UUID job = jobId();
        // Node A took the job, wrote part of a ZIP and was killed: no more heartbeats from it.
        jdbc.update("update bulk_review_job set state = 'RUNNING', attempt = 1, done = 2 where id = ?", job);
        jdbc.update(
                "insert into bulk_review_zip_part (job_id, attempt, seq, bytes) values (?, 1, 0, ?)",
                job,
                new byte[] {1, 2, 3});
        jdbc.update(
                "update scheduled_tasks set picked = true, picked_by = 'node-a-killed',"
                        + " last_heartbeat = current_timestamp - interval '10' minute, version = version + 1"
                        + " where task_name = ? and task_instance = ?",
                BulkReviewJobs.TASK,
                job.toString());

        engine.resume(); // this node: sees A's execution as dead, revives it and runs it

        BulkJobStatus finished = awaitEnd();
        assertThat(finished.state()).isEqualTo(State.FINISHED);
        assertThat(finished.done()).isEqualTo(3);
        assertThat(unzipText(download())).hasSize(3);
        assertThat(jdbc.queryForObject("select attempt from bulk_review_job where id = ?", Integer.class, job))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from bulk_review_zip_part where job_id = ? and attempt = 1",
                        Integer.class,
                        job))
                .as("node A's half ZIP is gone")
                .isZero();
    }

    @Test
    void cancellingAWaitingJobStopsItBeforeItStarts() {
        engine.pause();
        people.as(coach, () -> bulk.start(List.of(), null, 4, "A4"));

        people.as(coach, () -> {
            bulk.cancel();
            return null;
        });
        engine.resume();

        BulkJobStatus status = awaitEnd();
        assertThat(status.state()).isEqualTo(State.CANCELLED);
        assertThat(status.done()).isZero();
        assertThat(people.as(coach, () -> bulk.myZip())).isEmpty();
    }

    @Test
    void cancellingARunningJobStopsItAtTheNextClientAndKeepsNoZip() {
        CountDownLatch cancelled = new CountDownLatch(1);
        bulk.onProgress((job, done) -> {
            if (done == 1) {
                people.as(coach, () -> {
                    bulk.cancel();
                    return null;
                });
                cancelled.countDown();
            }
        });
        people.as(coach, () -> bulk.start(List.of(), null, 4, "A4"));

        BulkJobStatus status = awaitEnd();

        assertThat(status.state()).isEqualTo(State.CANCELLED);
        assertThat(status.done()).isEqualTo(1);
        assertThat(people.as(coach, () -> bulk.myZip())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from bulk_review_zip_part where job_id = ?", Integer.class, jobId()))
                .isZero();
    }

    @Test
    void aClientWhoLeftBeforeTheWorkerGotToThemIsLeftOutAndTheZipSaysSo() throws Exception {
        engine.pause();
        people.as(coach, () -> bulk.start(List.of(), null, 4, "A4"));
        AccountSummary leaving = clients.get(1);
        people.as(leaving, () -> {
            coaching.endWithMyCoach();
            return null;
        });
        engine.resume();

        BulkJobStatus status = awaitEnd();

        assertThat(status.state()).isEqualTo(State.FINISHED);
        assertThat(status.leftOut()).singleElement().asString().startsWith(leaving.displayName() + " is no longer");
        Map<String, String> entries = unzipText(download());
        assertThat(entries.keySet())
                .hasSize(3)
                .contains(BulkReviewJobs.LEFT_OUT_FILE)
                .noneSatisfy(name -> assertThat(name).contains(leaving.displayName()));
    }

    @Test
    void theWorkerRunsAsTheCoachWhoStartedTheJob() {
        ConcurrentLinkedQueue<Object> principals = new ConcurrentLinkedQueue<>();
        bulk.onProgress((job, done) -> principals.add(
                SecurityContextHolder.getContext().getAuthentication().getPrincipal()));
        people.as(coach, () -> bulk.start(List.of(clients.getFirst().id()), null, 4, "A4"));

        assertThat(awaitEnd().state()).isEqualTo(State.FINISHED);
        assertThat(principals)
                .singleElement()
                .isInstanceOfSatisfying(
                        SignedInAccount.class, p -> assertThat(p.id()).isEqualTo(coach.id()));
    }

    @Test
    void anEndedJobExpiresOnScheduleWithItsZip() {
        people.as(coach, () -> bulk.start(List.of(), null, 4, "A4"));
        assertThat(awaitEnd().state()).isEqualTo(State.FINISHED);
        UUID job = jobId();
        jdbc.update(
                "update bulk_review_job set expires_at = current_timestamp - interval '1' minute where id = ?", job);
        assertThat(people.as(coach, () -> bulk.myJob()))
                .as("not shown once expired")
                .isEmpty();

        assertThat(bulk.deleteExpired()).isPositive();

        assertThat(jdbc.queryForObject(
                        "select count(*) from bulk_review_zip_part where job_id = ?", Integer.class, job))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from scheduled_tasks where task_name = 'bulk-review-expiry'", Integer.class))
                .as("the sweep is scheduled once for all nodes")
                .isEqualTo(1);
    }

    @Test
    void onlyACoachStartsAJobAndOnlyForTheirOwnClients() {
        AccountSummary stranger = people.lifter("Sam Stranger");
        assertThatThrownBy(() -> people.as(coach, () -> bulk.start(List.of(stranger.id()), null, 4, "A4")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.as(coach, () -> bulk.myJob())).isEmpty();

        assertThatThrownBy(() -> people.as(clients.getFirst(), () -> bulk.start(List.of(), null, 4, "A4")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(clients.getFirst(), () -> bulk.myZip()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeriodAReviewCannotCoverIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> people.as(coach, () -> bulk.start(List.of(), null, 7, "A4")))
                .hasMessage("A review covers 4, 5 or 6 weeks.");
        assertThat(people.as(coach, () -> bulk.myJob())).isEmpty();
    }

    private UUID jobId() {
        return jdbc.queryForObject("select id from bulk_review_job where coach_id = ?", UUID.class, coach.id());
    }

    private BulkJobStatus awaitEnd() {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> people.as(coach, () -> bulk.myJob().orElseThrow()), status -> !status.active());
    }

    private byte[] download() throws IOException {
        BulkReviewJobs.StoredZip zip = people.as(coach, () -> bulk.myZip().orElseThrow());
        try (InputStream in = zip.content().get()) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> unzipText(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                entries.put(entry.getName(), bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
