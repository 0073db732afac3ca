package org.upright.planner.review;

import java.time.LocalDate;
import java.util.Optional;
import org.upright.planner.balance.Targets;

/**
 * A lifter's 4–6 week review with everything a screen or a printed review shows around the
 * calculated {@link ReviewReport}.
 *
 * @param coachName who coaches this review: the author of the note when there is one (the coach who
 *     reviewed these weeks), otherwise the lifter's current coach; empty for self-coached lifters
 * @param targets the targets the weeks were measured against (push:pull target, mobility band)
 * @param note the coach's note for this review end week, if one was saved
 * @param generatedOn the day the review was put together
 */
public record LifterReview(
        long lifterId,
        String lifterName,
        Optional<String> coachName,
        ReviewReport report,
        Targets targets,
        Optional<ReviewNote> note,
        LocalDate generatedOn) {

    public int weekCount() {
        return report.weeks().size();
    }

    public LocalDate lastWeek() {
        return report.lastWeek();
    }
}
