package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.upright.planner.balance.SessionKind;

/**
 * A session as the journal recorded it.
 *
 * @param version the version every change or removal of this log must name
 * @param weekStart the Monday of the plan week the log belongs to
 * @param sessionId the session's id in that week's plan; {@code null} for an unplanned session
 * @param kind and {@code title} as the plan had them when the log was written
 * @param sessionRpe how hard the whole session felt, 1–10; {@code null} when not given
 * @param note the reason for a skip, or a note on a done or unplanned session; never null
 * @param actuals what was actually done, per prescription; often empty
 */
public record LoggedSession(
        long id,
        long version,
        LocalDate weekStart,
        String sessionId,
        LocalDate date,
        LogStatus status,
        SessionKind kind,
        String title,
        Integer sessionRpe,
        String note,
        List<ActualSet> actuals) {

    /** The version to name when a session has no log yet. */
    public static final long NOT_LOGGED = -1;

    public LoggedSession {
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        note = note == null ? "" : note;
    }

    public boolean planned() {
        return status != LogStatus.UNPLANNED;
    }

    public Optional<ActualSet> actualFor(String prescriptionId) {
        return actuals.stream()
                .filter(a -> a.prescriptionId().equals(prescriptionId))
                .findFirst();
    }
}
