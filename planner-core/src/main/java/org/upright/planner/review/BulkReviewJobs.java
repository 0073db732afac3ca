package org.upright.planner.review;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.ActingAs;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.UserToday;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.Text;
import org.upright.planner.jobs.JobQueue;
import org.upright.planner.plan.Weeks;
import org.upright.planner.review.BulkJobStatus.State;
import org.upright.planner.review.internal.BulkJobTable;

/**
 * A coach downloads the reviews of many clients as one ZIP of PDFs, prepared in the background on
 * the job engine (docs/adr/0016) while a progress bar shows how far it got.
 *
 * <ul>
 *   <li>Everything about a job is in the database: any node shows its progress, any node serves
 *       the ZIP, and a job whose node crashed is begun again by another node.
 *   <li>One job per coach at a time, enforced by a unique constraint: a second request while one is
 *       waiting or running is refused with {@link BulkJobRejected}, on whichever node it arrives.
 *       A finished ZIP is kept for an hour or until the next job.
 *   <li>The worker runs as the coach who asked ({@link ActingAs}, read again from the database),
 *       and each client's review goes through {@link ReviewService}, which checks access again: a
 *       client who left the coach meanwhile is left out, and the ZIP says so.
 *   <li>Each PDF is printed straight into its ZIP entry, and the ZIP into the database in parts of
 *       1 MiB: memory holds one review and one part, however many clients there are.
 * </ul>
 */
@Service
public class BulkReviewJobs {

    /** The job engine's name for preparing one ZIP. */
    public static final String TASK = "bulk-review-zip";

    static final Duration KEEP_ENDED = Duration.ofHours(1);
    static final int MAX_CLIENTS = 1_000;
    static final Text ALREADY_RUNNING = Text.of("domain.refused.bulk.alreadyRunning");
    static final String FAILED = "Something went wrong while preparing the reviews. Please try again.";
    static final String LEFT_OUT_FILE = "Not included.txt";

    private static final Logger log = LoggerFactory.getLogger(BulkReviewJobs.class);

    /** Called after each client; lets tests act at a precise point of a running job. */
    interface Progress {
        void afterClient(UUID job, int done);
    }

    private final BulkJobTable table;
    private final ReviewService reviews;
    private final CoachingService coaching;
    private final CurrentUser currentUser;
    private final ActingAs actingAs;
    private final ObjectProvider<ReviewPrinting> printing;
    private final JobQueue engine;
    private final Clock clock;
    private final UserToday userToday;
    private final Duration pause;
    private volatile Progress progress = (job, done) -> {};

    BulkReviewJobs(
            BulkJobTable table,
            ReviewService reviews,
            CoachingService coaching,
            CurrentUser currentUser,
            ActingAs actingAs,
            ObjectProvider<ReviewPrinting> printing,
            JobQueue engine,
            Clock clock,
            UserToday userToday,
            @Value("${upright.reviews.bulk-pause:PT0S}") Duration pause) {
        this.table = table;
        this.reviews = reviews;
        this.coaching = coaching;
        this.currentUser = currentUser;
        this.actingAs = actingAs;
        this.printing = printing;
        this.engine = engine;
        this.clock = clock;
        this.userToday = userToday;
        this.pause = pause;
    }

    /**
     * Starts preparing the reviews of {@code lifterIds} (all current clients when empty), each
     * covering {@code weekCount} weeks ending with the week of {@code endWeek} (the last complete
     * week when {@code null}), on {@code paper} (a paper size's name).
     *
     * @throws BulkJobRejected while the coach's previous job is still going, or without clients
     * @throws ReviewRejected for a period a review cannot cover
     * @throws AccessDeniedException when any of the lifters is not the coach's current client
     */
    @Transactional
    public BulkJobStatus start(
            @LifterId(Who.COACH_ONLY) Collection<Long> lifterIds, LocalDate endWeek, int weekCount, String paper) {
        SignedInAccount me = currentUser.require();
        LocalDate end = endOf(endWeek, weekCount, userToday.today(me.id()));
        List<AccountSummary> clients = lifterIds.isEmpty()
                ? coaching.myClients()
                : coaching.clientsById(lifterIds).values().stream()
                        .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                        .toList();
        if (clients.isEmpty()) {
            throw new BulkJobRejected(Text.of("domain.refused.bulk.noClients"));
        }
        if (clients.size() > MAX_CLIENTS) {
            throw new BulkJobRejected(Text.of("domain.refused.bulk.tooMany", MAX_CLIENTS));
        }
        List<LocalDate> weeks = ReviewPeriod.weeksEndingWith(end, weekCount);
        UUID id = UUID.randomUUID();
        table.deleteEnded(me.id());
        try {
            table.insert(
                    id,
                    me.id(),
                    end,
                    weekCount,
                    paper,
                    printing().zipName(weeks.getFirst(), weeks.getLast()),
                    clients.stream()
                            .map(c -> new BulkJobTable.Client(c.id(), c.displayName()))
                            .toList(),
                    clock.instant());
        } catch (DuplicateKeyException oneIsGoing) {
            throw new BulkJobRejected(ALREADY_RUNNING);
        }
        // In this transaction: the job and its execution are stored together, or neither is.
        engine.runSoon(TASK, id.toString());
        return status(table.byId(id).orElseThrow());
    }

    /** The signed-in coach's current or last job, if there is one. */
    @PreAuthorize("hasRole('COACH')")
    public Optional<BulkJobStatus> myJob() {
        return table.ofCoach(currentUser.require().id(), clock.instant()).map(this::status);
    }

    /** Stops the coach's job: a waiting job at once, a running one before its next client. */
    @PreAuthorize("hasRole('COACH')")
    public void cancel() {
        long me = currentUser.require().id();
        Instant now = clock.instant();
        if (!table.cancelQueued(me, now, now.plus(KEEP_ENDED))) {
            table.requestCancel(me);
        }
    }

    /** Clears away the coach's ended job and its ZIP; a job still going must be cancelled first. */
    @PreAuthorize("hasRole('COACH')")
    public void dismiss() {
        table.deleteEnded(currentUser.require().id());
    }

    /** The coach's finished ZIP, to download. */
    @PreAuthorize("hasRole('COACH')")
    public Optional<StoredZip> myZip() {
        return table.ofCoach(currentUser.require().id(), clock.instant())
                .filter(job -> State.FINISHED.name().equals(job.state()) && job.zipSize() != null)
                .map(job ->
                        new StoredZip(job.zipName(), job.zipSize(), () -> table.zipReader(job.id(), job.attempt())));
    }

    /**
     * A finished ZIP: its download name, its size in bytes and its content, read from the database
     * part by part as the download goes.
     */
    public record StoredZip(String fileName, long size, Supplier<InputStream> content) {}

    /** Clears away ended jobs whose hour is up, with their ZIPs (the job engine runs this on schedule). */
    int deleteExpired() {
        return table.deleteExpired(clock.instant());
    }

    void onProgress(Progress progress) {
        this.progress = progress;
    }

    /**
     * The job engine's work for one ZIP. A job whose node stopped sending heartbeats is begun again
     * on another node (its earlier attempt's parts are discarded); a job that fails is not retried:
     * the coach sees why and may start again.
     */
    @Bean
    OneTimeTask<Void> bulkReviewZip() {
        return Tasks.oneTime(TASK)
                .onDeadExecutionRevive()
                .execute((instance, context) -> run(UUID.fromString(instance.getId())));
    }

    /** Every few minutes, on one node of all: ZIPs whose hour is up are deleted. */
    @Bean
    RecurringTask<Void> bulkReviewExpiry(@Value("${upright.reviews.expiry-sweep:PT5M}") Duration every) {
        return Tasks.recurring("bulk-review-expiry", Schedules.fixedDelay(every))
                .execute((instance, context) -> {
                    int deleted = deleteExpired();
                    if (deleted > 0) {
                        log.info("Deleted {} expired bulk review downloads", deleted);
                    }
                });
    }

    /** The job engine's work for one job, on whichever node picked it up. */
    void run(UUID id) {
        Optional<BulkJobTable.Row> job = table.byId(id);
        if (job.isEmpty() || !job.get().going()) {
            return; // cleared away or ended meanwhile
        }
        try {
            actingAs.run(job.get().coachId(), () -> {
                prepare(id);
                return null;
            });
        } catch (AccessDeniedException coachGone) {
            log.warn("Bulk review job {} dropped: its coach can no longer run it", id);
            table.byId(id).ifPresent(row -> end(row, State.FAILED, FAILED, null));
        }
    }

    private void prepare(UUID id) {
        if (!table.begin(id)) {
            Instant now = clock.instant();
            table.cancelAbandoned(id, now, now.plus(KEEP_ENDED));
            return;
        }
        BulkJobTable.Row job = table.byId(id).orElseThrow();
        if (job.coachId() != currentUser.require().id()) {
            throw new AccessDeniedException("A bulk job runs only as the coach who asked for it.");
        }
        List<BulkJobTable.Client> clients = table.clients(id);
        int attempt = job.attempt();
        CountingStream stored = new CountingStream(table.zipWriter(id, attempt));
        boolean complete = true;
        int leftOut = 0;
        StringBuilder leftOutText = new StringBuilder();
        try {
            try (ZipOutputStream zip = new ZipOutputStream(stored, StandardCharsets.UTF_8)) {
                // PDFs are compressed already; the fastest level still shrinks the odd font table.
                zip.setLevel(Deflater.BEST_SPEED);
                Set<String> names = new HashSet<>();
                for (int i = 0; i < clients.size(); i++) {
                    if (!table.carriesOn(id, attempt)) {
                        complete = false;
                        break;
                    }
                    BulkJobTable.Client client = clients.get(i);
                    Optional<String> why = addReview(job, client, zip, names);
                    if (why.isPresent()) {
                        table.leaveOut(id, attempt, leftOut++, why.get());
                        leftOutText.append(why.get()).append(System.lineSeparator());
                    }
                    table.advance(id, attempt);
                    progress.afterClient(id, i + 1);
                    pauseBetweenClients();
                }
                if (complete && leftOut > 0) {
                    zip.putNextEntry(new ZipEntry(LEFT_OUT_FILE));
                    zip.write(leftOutText.toString().strip().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            BulkJobTable.Row now = table.byId(id).orElseThrow();
            if (now.attempt() != attempt) {
                return; // another node took over; its attempt decides
            }
            if (!complete || now.cancelRequested()) {
                end(now, State.CANCELLED, "", null);
            } else {
                end(now, State.FINISHED, "", stored.count);
            }
        } catch (NodeStopping stopping) {
            throw stopping; // the job engine runs the job again shortly, here or on another node
        } catch (IOException | RuntimeException e) {
            log.error("Bulk review job {} for coach {} failed", id, job.coachId(), e);
            end(job, State.FAILED, FAILED, null);
        }
    }

    private Optional<String> addReview(
            BulkJobTable.Row job, BulkJobTable.Client client, ZipOutputStream zip, Set<String> names) {
        LifterReview review;
        try {
            review = reviews.review(client.lifterId(), job.endWeek(), job.weekCount());
        } catch (AccessDeniedException noLongerAClient) {
            return Optional.of(client.displayName() + " is no longer your client, so their review is not included.");
        }
        printing().print(review, job.paper(), fileName -> {
            try {
                zip.putNextEntry(new ZipEntry(unique(fileName, names)));
                return new EntryStream(zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Optional.empty();
    }

    /**
     * Leaves the cores to interactive users between two clients ({@code upright.reviews.bulk-pause},
     * none by default). A node that is stopping interrupts its workers: the job stops here.
     */
    private void pauseBetweenClients() {
        try {
            if (!pause.isZero()) {
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new NodeStopping();
        }
    }

    /** This node is shutting down in the middle of a job. */
    private static final class NodeStopping extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NodeStopping() {
            super("this node is stopping", null, false, false);
        }
    }

    /** A ZIP entry name not used yet in this job (two clients may share a name). */
    static String unique(String fileName, Set<String> names) {
        String name = fileName;
        int dot = fileName.lastIndexOf('.');
        for (int n = 2; !names.add(name); n++) {
            name = dot < 0
                    ? fileName + " (" + n + ")"
                    : fileName.substring(0, dot) + " (" + n + ")" + fileName.substring(dot);
        }
        return name;
    }

    /** The application brings the printing (planner-reports); a context without it cannot print. */
    private ReviewPrinting printing() {
        return printing.getObject();
    }

    private void end(BulkJobTable.Row job, State state, String message, Long zipSize) {
        Instant now = clock.instant();
        table.end(job.id(), job.attempt(), state.name(), message, zipSize, now, now.plus(KEEP_ENDED));
    }

    private BulkJobStatus status(BulkJobTable.Row job) {
        return new BulkJobStatus(
                State.valueOf(job.state()),
                job.done(),
                job.total(),
                table.leftOut(job.id(), job.attempt()),
                job.message(),
                job.zipName());
    }

    /** @param today the coach's today: one period for the whole bundle, as the coach reads it */
    private LocalDate endOf(LocalDate endWeek, int weekCount, LocalDate today) {
        if (weekCount < ReviewPeriod.MIN_WEEKS || weekCount > ReviewPeriod.MAX_WEEKS) {
            throw new ReviewRejected(Text.of("domain.refused.review.weeks"));
        }
        if (endWeek == null) {
            return ReviewPeriod.lastCompleteWeek(today);
        }
        LocalDate end = Weeks.startOf(endWeek);
        if (end.isAfter(Weeks.startOf(today))) {
            throw new ReviewRejected(Text.of("domain.refused.review.notStarted"));
        }
        return end;
    }

    /** Counts the bytes of the ZIP as they are stored. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }

    /** An entry of the ZIP: the printer may close it, which ends the entry but not the ZIP. */
    private static final class EntryStream extends java.io.FilterOutputStream {
        EntryStream(ZipOutputStream zip) {
            super(zip);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            ((ZipOutputStream) out).closeEntry();
        }
    }
}
