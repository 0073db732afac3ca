package org.upright.planner.balance;

import org.upright.planner.common.Text;
import org.upright.planner.exercise.CatalogSlugs;

/**
 * Why "Apply all" left a finding, in plain words for the preview and the finding list. The
 * reasons are the click's limits (domain §3, "Coordinated fixes"); which one applies is read off
 * the week as the click leaves it.
 */
final class UnfixedReasons {

    static final Text TOO_FULL = Text.of("domain.balance.unfixed.tooFull");

    static final Text VOLUME = Text.of("domain.balance.unfixed.volume");

    static final Text SESSION_CAP = Text.of("domain.balance.unfixed.sessionCap");

    static final Text DUPLICATE = Text.of("domain.balance.unfixed.duplicate");

    static final Text NO_EDIT = Text.of("domain.balance.unfixed.noEdit");

    static final Text NO_EXERCISE = Text.of("domain.balance.unfixed.noExercise");

    private UnfixedReasons() {}

    static final Text MOVE_DRILL = Text.of("domain.balance.unfixed.moveDrill");

    static Text reason(Finding finding, WeekPlan week, CoordinatedFixes.Limits limits, RuleContext context) {
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

    private static Text warmUpReason(Finding finding, WeekPlan week) {
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
