package org.upright.planner.balance;

import org.upright.planner.exercise.CatalogSlugs;

/**
 * Why "Apply all" left a finding, in plain words for the preview and the finding list. The
 * reasons are the click's limits (domain §3, "Coordinated fixes"); which one applies is read off
 * the week as the click leaves it.
 */
final class UnfixedReasons {

    static final String TOO_FULL =
            "The week has no room for it: a day holds at most 6 sessions, a week 28, and a session 40 exercises.";

    static final String VOLUME = "More work here would raise this week's strength sets too far above last week's,"
            + " and the pressing has already been trimmed as far as a fix goes (to 2 sets a line).";

    static final String SESSION_CAP =
            "The sessions that could take it already get 4 extra sets from these fixes, the most we add to one"
                    + " session at a time.";

    static final String DUPLICATE =
            "The only edit for it would put a second line of an exercise into a session that" + " already holds it.";

    static final String NO_EDIT = "Which sets to take out is a call for you or your coach; the fixes never remove"
            + " planned work to bring the volume down.";

    static final String NO_EXERCISE =
            "None of the exercises we would suggest for it fit the equipment in the lifter's profile.";

    private UnfixedReasons() {}

    static final String MOVE_DRILL = "The session already holds its thoracic drill, after the lifting; a second line"
            + " of it would only repeat it, so move that drill to the start of the warm-up.";

    static String reason(Finding finding, WeekPlan week, CoordinatedFixes.Limits limits, RuleContext context) {
        boolean weekFull = week.sessionCount() >= WeekPlan.MAX_SESSIONS_PER_WEEK
                || week.dates().stream().noneMatch(week::hasRoomOn);
        boolean volumeFull = limits.volumeFull(week);
        SuggestionKit kit = context.kit("why");
        return switch (finding.rule()) {
            case VOLUME_JUMP -> NO_EDIT;
            case PUSH_PULL_RATIO ->
                kit.firstUsable(PushPullRatioRule.PULLS).isEmpty()
                        ? NO_EXERCISE
                        : volumeFull ? VOLUME : weekFull ? TOO_FULL : SESSION_CAP;
            case SCAPULAR_STRENGTH_FREQUENCY ->
                kit.firstUsable(CatalogSlugs.BAND_ROW, CatalogSlugs.SCAPULAR_SQUEEZE)
                                .isEmpty()
                        ? NO_EXERCISE
                        : volumeFull ? VOLUME : weekFull ? TOO_FULL : SESSION_CAP;
            case ROUTINE_FREQUENCY -> volumeFull && !weekFull ? VOLUME : TOO_FULL;
            case MOBILITY_FREQUENCY, BREATHING_PRACTICE -> TOO_FULL;
            case THORACIC_WARM_UP -> warmUpReason(finding, week);
        };
    }

    private static String warmUpReason(Finding finding, WeekPlan week) {
        for (String id : finding.sessionIds()) {
            Session session = week.session(id).orElse(null);
            if (session == null || !SuggestionKit.hasRoomFor(session, 1)) {
                return TOO_FULL;
            }
            if (finding.severity() != Severity.INFO
                    && SuggestionKit.hasThoracicDrillUpTo(session, BlockType.COOL_DOWN)) {
                return MOVE_DRILL;
            }
        }
        return NO_EXERCISE;
    }
}
