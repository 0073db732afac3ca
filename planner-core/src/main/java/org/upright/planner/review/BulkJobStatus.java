package org.upright.planner.review;

import java.util.List;

/**
 * Where a coach's bulk download stands, for the progress bar.
 *
 * @param done clients handled so far (included or left out)
 * @param total clients in the job
 * @param leftOut one sentence per client whose review was left out, and why
 * @param message what went wrong when the job failed; empty otherwise
 * @param zipName the download's file name
 */
public record BulkJobStatus(
        BulkJobStatus.State state, int done, int total, List<String> leftOut, String message, String zipName) {

    public enum State {
        /** Waiting for another coach's download to finish first. */
        QUEUED,
        RUNNING,
        /** The ZIP is ready to download. */
        FINISHED,
        CANCELLED,
        FAILED
    }

    public BulkJobStatus {
        leftOut = List.copyOf(leftOut);
    }

    /** Still queued or running: a new download cannot start yet. */
    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    /** Share of the clients handled, 0–1, for a progress bar. */
    public double progress() {
        return total == 0 ? 0 : (double) done / total;
    }
}
