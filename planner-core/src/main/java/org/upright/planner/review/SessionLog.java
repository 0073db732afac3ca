package org.upright.planner.review;

import java.time.LocalDate;
import java.util.Objects;
import org.upright.planner.balance.SessionKind;

/**
 * What the journal recorded about a session, as the review needs it: a planned session done or
 * skipped, or a session the lifter did without planning it. Actual sets, reps and loads are the
 * journal's business; the review only counts sessions.
 */
public sealed interface SessionLog {

    LocalDate date();

    /** A planned session done. {@code sessionRpe} (1–10) is optional: {@code null} when not given. */
    record Done(String sessionId, LocalDate date, Integer sessionRpe) implements SessionLog {
        public Done {
            requirePlanned(sessionId, date);
            if (sessionRpe != null && (sessionRpe < 1 || sessionRpe > 10)) {
                throw new IllegalArgumentException(
                        "session " + sessionId + ": session RPE must be between 1 and 10, was " + sessionRpe);
            }
        }

        public static Done on(LocalDate date, String sessionId) {
            return new Done(sessionId, date, null);
        }
    }

    /** A planned session skipped, with the lifter's reason (may be empty). */
    record Skipped(String sessionId, LocalDate date, String reason) implements SessionLog {
        public Skipped {
            requirePlanned(sessionId, date);
            reason = reason == null ? "" : reason.strip();
            if (reason.length() > 500) {
                throw new IllegalArgumentException("session " + sessionId + ": reason must be at most 500 characters");
            }
        }
    }

    /** A session that was not in the plan. It is shown, but does not raise adherence. */
    record Unplanned(LocalDate date, SessionKind kind, String title) implements SessionLog {
        public Unplanned {
            Objects.requireNonNull(date, "unplanned session: date is required");
            Objects.requireNonNull(kind, "unplanned session: kind is required");
            if (title == null || title.isBlank() || title.strip().length() > 80) {
                throw new IllegalArgumentException("unplanned session: title must be 1 to 80 characters");
            }
            title = title.strip();
        }
    }

    private static void requirePlanned(String sessionId, LocalDate date) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("session log: session id is required");
        }
        if (date == null) {
            throw new IllegalArgumentException("session " + sessionId + ": log date is required");
        }
    }
}
