package org.upright.planner.journal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.upright.planner.review.ReviewRecords;
import org.upright.planner.review.ReviewSources;

/**
 * The journal's side of {@link ReviewSources}: the weeks as {@link JournalService#records} reads
 * them (plans, session logs made consistent with the plans, pain check-ins, habit ticks) and the
 * whole red-flag history. Who may read is decided by the {@link org.upright.planner.common.LifterId}
 * mark on {@link ReviewSources#records}, before anything is read. It lives here rather than in the review package because the journal
 * builds on the review's value types; the other way round the two would depend on each other.
 */
@Component
class JournalReviewSources implements ReviewSources {

    private final JournalService journal;

    JournalReviewSources(JournalService journal) {
        this.journal = journal;
    }

    @Override
    public ReviewRecords records(long lifterId, LocalDate firstWeek, LocalDate lastWeek) {
        JournalRecords records = journal.records(lifterId, firstWeek, lastWeek);
        return new ReviewRecords(records.weeks(), records.redFlagChecks(), records.clearances());
    }
}
