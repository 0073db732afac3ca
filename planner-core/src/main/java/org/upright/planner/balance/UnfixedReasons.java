package org.upright.planner.balance;

/**
 * Why "Apply all" left a finding, in plain words for the preview and the finding list. The
 * reasons are the click's limits (domain §3, "Coordinated fixes"); which one applies is read off
 * the week as the click leaves it.
 */
final class UnfixedReasons {

    static final String TOO_FULL =
            "The week has no room for it: a day holds at most 6 sessions, a week 28, and a session 40 exercises.";

    static final String VOLUME = "More work here would raise this week's strength sets too far above last week's,"
            + " and the pressing has already been trimmed as far as a fix goes (by half at most).";

    static final String SESSION_CAP =
            "The sessions that could take it already get 4 extra sets from these fixes, the most we add to one"
                    + " session at a time.";

    static final String NO_EDIT = "Which sets to take out is a call for you or your coach; the fixes never remove"
            + " planned work to bring the volume down.";

    static final String NO_EXERCISE =
            "None of the exercises we would suggest for it fit the equipment in the lifter's profile.";

    private UnfixedReasons() {}

    static String reason(Finding finding, WeekPlan week, CoordinatedFixes.Limits limits) {
        if (finding.rule() == RuleId.VOLUME_JUMP) {
            return NO_EDIT;
        }
        boolean weekFull = week.sessionCount() >= WeekPlan.MAX_SESSIONS_PER_WEEK
                || week.dates().stream().noneMatch(week::hasRoomOn);
        if (finding.suggestions().isEmpty() && !weekFull && !limits.volumeFull(week)) {
            return switch (finding.rule()) {
                case PUSH_PULL_RATIO, SCAPULAR_STRENGTH_FREQUENCY, BREATHING_PRACTICE, THORACIC_WARM_UP -> NO_EXERCISE;
                default -> TOO_FULL;
            };
        }
        if (limits.volumeFull(week)) {
            return VOLUME;
        }
        return weekFull ? TOO_FULL : SESSION_CAP;
    }
}
