package org.upright.planner.ui.review;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.report.PaperSize;
import org.upright.planner.ui.review.BulkJobStatus.State;

/**
 * One coach's bulk download while it is prepared and until it is collected. The worker thread
 * advances it; the coach's screens read its status and may ask it to stop. State changes go through
 * compare-and-set so that a cancel and the worker starting can never both win.
 */
final class BulkJob {

    final long coachId;
    final List<AccountSummary> clients;
    final LocalDate endWeek;
    final int weekCount;
    final PaperSize paper;
    final Path file;
    final String zipName;

    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private final AtomicInteger done = new AtomicInteger();
    private final List<String> leftOut = new CopyOnWriteArrayList<>();
    private final Set<String> entryNames = new HashSet<>();
    private volatile boolean cancelRequested;
    private volatile String message = "";
    private volatile Instant endedAt;

    BulkJob(
            long coachId,
            List<AccountSummary> clients,
            LocalDate endWeek,
            int weekCount,
            PaperSize paper,
            Path file,
            String zipName) {
        this.coachId = coachId;
        this.clients = List.copyOf(clients);
        this.endWeek = endWeek;
        this.weekCount = weekCount;
        this.paper = paper;
        this.file = file;
        this.zipName = zipName;
    }

    BulkJobStatus status() {
        return new BulkJobStatus(state.get(), done.get(), clients.size(), leftOut, message, zipName);
    }

    boolean active() {
        return status().active();
    }

    /** The worker takes the job; false when it was cancelled while waiting. */
    boolean begin() {
        return state.compareAndSet(State.QUEUED, State.RUNNING);
    }

    /** Stops a waiting job at once and a running one before its next client. */
    void cancel(Instant now) {
        cancelRequested = true;
        if (state.compareAndSet(State.QUEUED, State.CANCELLED)) {
            endedAt = now;
        }
    }

    boolean cancelRequested() {
        return cancelRequested || Thread.currentThread().isInterrupted();
    }

    void advance() {
        done.incrementAndGet();
    }

    void leaveOut(String why) {
        leftOut.add(why);
    }

    List<String> leftOut() {
        return List.copyOf(leftOut);
    }

    /** A ZIP entry name not used yet in this job (two clients may share a name). */
    String entryName(String fileName) {
        String name = fileName;
        int dot = fileName.lastIndexOf('.');
        for (int n = 2; !entryNames.add(name); n++) {
            name = fileName.substring(0, dot) + " (" + n + ")" + fileName.substring(dot);
        }
        return name;
    }

    void end(State outcome, String why, Instant now) {
        message = why;
        endedAt = now;
        state.set(outcome);
    }

    /** Finished, cancelled or failed before {@code cutoff}: old enough to clear away. */
    boolean endedBefore(Instant cutoff) {
        Instant ended = endedAt;
        return !active() && ended != null && ended.isBefore(cutoff);
    }
}
