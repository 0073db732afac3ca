package org.upright.planner.ui.review;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.plan.Weeks;
import org.upright.planner.report.FileNames;
import org.upright.planner.report.IsoWeek;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewPdf;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.ReviewSheets;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.review.ReviewRejected;
import org.upright.planner.review.ReviewService;
import org.upright.planner.ui.review.BulkJobStatus.State;

/**
 * A coach downloads the reviews of many clients as one ZIP of PDFs, prepared in the background
 * while a progress bar shows how far it got.
 *
 * <ul>
 *   <li>One job per coach at a time: a second request while one is waiting or running is refused
 *       with {@link BulkJobRejected}. A finished ZIP is kept for an hour or until the next job.
 *   <li>The worker runs as the coach who asked (their security context travels with the task), and
 *       each client's review goes through {@link ReviewService}, which checks access again: a
 *       client who left the coach meanwhile is left out, and the ZIP says so.
 *   <li>Each PDF is rendered straight into its ZIP entry, and the ZIP is written to a temporary file:
 *       memory holds one review at a time however many clients there are.
 *   <li>Jobs share two worker threads, so that a few coaches downloading at once cannot take every
 *       core from the people planning their weeks; a job waits its turn in the queue meanwhile.
 *   <li>Jobs live in this instance's memory: with several instances behind a load balancer the
 *       coach's session must stick to one of them.
 * </ul>
 */
@Service
public class BulkReviews {

    static final Duration KEEP_ENDED = Duration.ofHours(1);
    static final int MAX_CLIENTS = 1_000;
    static final String ALREADY_RUNNING =
            "Your reviews are still being prepared. Wait for them to finish, or cancel, before starting again.";
    static final String FAILED = "Something went wrong while preparing the reviews. Please try again.";
    static final String LEFT_OUT_FILE = "Not included.txt";

    private static final Logger log = LoggerFactory.getLogger(BulkReviews.class);

    /** Called after each client; lets tests act at a precise point of a running job. */
    interface Progress {
        void afterClient(BulkJob job);
    }

    private final ReviewService reviews;
    private final CoachingService coaching;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Executor executor;
    private final ExecutorService ownPool;
    private final Progress progress;
    private final ReviewPdf pdf = new ReviewPdf();
    private final Map<Long, BulkJob> jobs = new ConcurrentHashMap<>();
    private final DownloadFolders folders;
    private final Path directory;

    @Autowired
    BulkReviews(ReviewService reviews, CoachingService coaching, CurrentUser currentUser, Clock clock) {
        this(reviews, coaching, currentUser, clock, workers(), job -> {});
    }

    BulkReviews(
            ReviewService reviews,
            CoachingService coaching,
            CurrentUser currentUser,
            Clock clock,
            Executor executor,
            Progress progress) {
        this.reviews = reviews;
        this.coaching = coaching;
        this.currentUser = currentUser;
        this.clock = clock;
        this.executor = executor;
        this.ownPool = executor instanceof ExecutorService pool ? pool : null;
        this.progress = progress;
        this.folders = DownloadFolders.inTemporaryDirectory(clock, KEEP_ENDED);
        this.directory = folders.own();
        // A process killed with kill -9 never ran shutDown(): clear what crashed runs left behind.
        folders.clearLeftovers();
    }

    private static ExecutorService workers() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "bulk-reviews-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts preparing the reviews of {@code lifterIds} (all current clients when empty), each
     * covering {@code weekCount} weeks ending with the week of {@code endWeek} (the last complete
     * week when {@code null}).
     *
     * @throws BulkJobRejected while the coach's previous job is still going, or without clients
     * @throws ReviewRejected for a period a review cannot cover
     * @throws AccessDeniedException when any of the lifters is not the coach's current client
     */
    @PreAuthorize("hasRole('COACH')")
    public BulkJobStatus start(Collection<Long> lifterIds, LocalDate endWeek, int weekCount, PaperSize paper) {
        SignedInAccount me = currentUser.require();
        sweep();
        LocalDate end = endOf(endWeek, weekCount);
        List<AccountSummary> clients = lifterIds.isEmpty()
                ? coaching.myClients()
                : coaching.clientsById(lifterIds).values().stream()
                        .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                        .toList();
        if (clients.isEmpty()) {
            throw new BulkJobRejected("You have no clients to prepare reviews for yet.");
        }
        if (clients.size() > MAX_CLIENTS) {
            throw new BulkJobRejected("Pick at most " + MAX_CLIENTS + " clients at a time.");
        }
        ReviewPeriod.weeksEndingWith(end, weekCount);
        String label = IsoWeek.of(end.minusWeeks(weekCount - 1L)) + " to " + IsoWeek.of(end);
        BulkJob job = new BulkJob(
                me.id(),
                clients,
                end,
                weekCount,
                paper,
                directory.resolve("coach-" + me.id() + "-" + System.nanoTime() + ".zip"),
                FileNames.safe("Upright reviews " + label) + ".zip");
        jobs.compute(me.id(), (coach, previous) -> {
            if (previous != null && previous.active()) {
                throw new BulkJobRejected(ALREADY_RUNNING);
            }
            if (previous != null) {
                delete(previous.file);
            }
            return job;
        });
        SecurityContext asTheCoach = SecurityContextHolder.createEmptyContext();
        asTheCoach.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(job), asTheCoach));
        return job.status();
    }

    /** The signed-in coach's current or last job, if there is one. */
    @PreAuthorize("hasRole('COACH')")
    public Optional<BulkJobStatus> myJob() {
        sweep();
        return Optional.ofNullable(jobs.get(currentUser.require().id())).map(BulkJob::status);
    }

    /** Stops the coach's job: a waiting job at once, a running one before its next client. */
    @PreAuthorize("hasRole('COACH')")
    public void cancel() {
        BulkJob job = jobs.get(currentUser.require().id());
        if (job != null) {
            job.cancel(clock.instant());
        }
    }

    /** Clears away the coach's ended job and its ZIP; a job still going must be cancelled first. */
    @PreAuthorize("hasRole('COACH')")
    public void dismiss() {
        jobs.computeIfPresent(currentUser.require().id(), (coach, job) -> {
            if (job.active()) {
                return job;
            }
            delete(job.file);
            return null;
        });
    }

    /** The coach's finished ZIP, to download. */
    @PreAuthorize("hasRole('COACH')")
    public Optional<Download> myZip() {
        BulkJob job = jobs.get(currentUser.require().id());
        if (job == null || job.status().state() != State.FINISHED || !Files.exists(job.file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Download(job.file, job.zipName, Files.size(job.file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Where the ZIPs are written while they wait to be downloaded. */
    Path folder() {
        return directory;
    }

    /** A prepared file, its download name and size in bytes. */
    public record Download(Path file, String fileName, long size) {}

    private void run(BulkJob job) {
        if (!job.begin()) {
            return; // cancelled while it waited
        }
        try {
            // The folder may have been cleared under us (a tmp cleaner, a neighbour's shutdown in tests).
            Files.createDirectories(job.file.getParent());
            try (OutputStream file = Files.newOutputStream(job.file);
                    ZipOutputStream zip =
                            new ZipOutputStream(new BufferedOutputStream(file, 64 * 1024), StandardCharsets.UTF_8)) {
                // PDFs are compressed already; the fastest level still shrinks the odd font table.
                zip.setLevel(Deflater.BEST_SPEED);
                for (AccountSummary client : job.clients) {
                    if (job.cancelRequested()) {
                        break;
                    }
                    addReview(job, client, zip);
                    job.advance();
                    progress.afterClient(job);
                }
                if (!job.cancelRequested() && !job.leftOut().isEmpty()) {
                    zip.putNextEntry(new ZipEntry(LEFT_OUT_FILE));
                    zip.write(String.join(System.lineSeparator(), job.leftOut()).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            if (job.cancelRequested()) {
                delete(job.file);
                job.end(State.CANCELLED, "", clock.instant());
            } else {
                job.end(State.FINISHED, "", clock.instant());
            }
        } catch (IOException | RuntimeException e) {
            log.error("Bulk review download for coach {} failed", job.coachId, e);
            delete(job.file);
            job.end(State.FAILED, FAILED, clock.instant());
        }
    }

    private void addReview(BulkJob job, AccountSummary client, ZipOutputStream zip) throws IOException {
        ReviewSheet sheet;
        try {
            sheet = ReviewSheets.of(reviews.review(client.id(), job.endWeek, job.weekCount), job.paper);
        } catch (AccessDeniedException noLongerAClient) {
            job.leaveOut(client.displayName() + " is no longer your client, so their review is not included.");
            return;
        }
        zip.putNextEntry(new ZipEntry(job.entryName(ReviewSheets.fileName(sheet))));
        pdf.render(sheet, zip);
        zip.closeEntry();
    }

    private LocalDate endOf(LocalDate endWeek, int weekCount) {
        if (weekCount < ReviewPeriod.MIN_WEEKS || weekCount > ReviewPeriod.MAX_WEEKS) {
            throw new ReviewRejected("A review covers 4, 5 or 6 weeks.");
        }
        LocalDate today = LocalDate.now(clock);
        if (endWeek == null) {
            return ReviewPeriod.lastCompleteWeek(today);
        }
        LocalDate end = Weeks.startOf(endWeek);
        if (end.isAfter(Weeks.startOf(today))) {
            throw new ReviewRejected("That week has not started yet. Pick this week or an earlier one.");
        }
        return end;
    }

    /**
     * Clears away ended jobs and their ZIPs when nobody asks (a coach who never comes back), and the
     * folders of processes on this machine that were killed since this one started.
     */
    @Scheduled(
            fixedDelayString = "${upright.reviews.sweep-every:PT10M}",
            initialDelayString = "${upright.reviews.sweep-every:PT10M}")
    void sweepLeftovers() {
        sweep();
        folders.clearLeftovers();
    }

    /** Clears away jobs that ended more than {@link #KEEP_ENDED} ago, with their files. */
    private void sweep() {
        Instant cutoff = clock.instant().minus(KEEP_ENDED);
        jobs.values().removeIf(job -> {
            if (job.endedBefore(cutoff)) {
                delete(job.file);
                return true;
            }
            return false;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    @PreDestroy
    void shutDown() {
        if (ownPool != null) {
            ownPool.shutdownNow();
        }
        jobs.clear();
        folders.deleteOwn();
    }
}
