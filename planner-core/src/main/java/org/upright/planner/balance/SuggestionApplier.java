package org.upright.planner.balance;

import java.util.List;

/**
 * Applies suggestions to a week, giving a new week; the old one is untouched. Pure.
 *
 * <p>Applying is forgiving where that is safe and strict where it is not:
 *
 * <ul>
 *   <li>A suggestion whose new prescription or session id is already in the week has been applied
 *       before; applying it again changes nothing (a double click does not add rows twice).
 *   <li>A position past the end of a block appends; a missing block is created.
 *   <li>A suggestion for a session that is not in the week, or a date outside it, is refused with
 *       an {@link IllegalArgumentException} naming it; so is an edit that would break the week's
 *       limits (sessions per day or week, prescriptions per session).
 * </ul>
 */
public final class SuggestionApplier {

    private SuggestionApplier() {}

    public static WeekPlan apply(WeekPlan week, Suggestion suggestion) {
        return switch (suggestion) {
            case Suggestion.AddPrescription add -> addPrescription(week, add);
            case Suggestion.AddSession add -> addSession(week, add);
            case Suggestion.ChangeSets change -> changeSets(week, change);
        };
    }

    /** Applies {@code suggestions} one after another, in order. */
    public static WeekPlan applyAll(WeekPlan week, List<? extends Suggestion> suggestions) {
        WeekPlan result = week;
        for (Suggestion s : suggestions) {
            result = apply(result, s);
        }
        return result;
    }

    /** Applies every suggestion of {@code finding}. */
    public static WeekPlan applyAll(WeekPlan week, Finding finding) {
        return applyAll(week, finding.suggestions());
    }

    /** Applies every suggestion of every finding in {@code report}, in report order. */
    public static WeekPlan applyAll(WeekPlan week, BalanceReport report) {
        return applyAll(week, report.suggestions());
    }

    private static WeekPlan addPrescription(WeekPlan week, Suggestion.AddPrescription add) {
        if (week.usesId(add.prescription().id())) {
            return week;
        }
        Session session = week.session(add.sessionId())
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot add " + add.prescription().exercise().name() + ": there is no session with id "
                                + add.sessionId() + " in the week of " + week.weekStart()));
        return week.replacing(session.inserting(add.block(), add.position(), add.prescription()));
    }

    private static WeekPlan changeSets(WeekPlan week, Suggestion.ChangeSets change) {
        Session session = week.session(change.sessionId())
                .orElseThrow(() -> new IllegalArgumentException("cannot change sets: there is no session with id "
                        + change.sessionId() + " in the week of " + week.weekStart()));
        return week.replacing(session.changingSets(change.prescriptionId(), change.sets()));
    }

    private static WeekPlan addSession(WeekPlan week, Suggestion.AddSession add) {
        if (week.usesId(add.session().id())) {
            return week;
        }
        if (!week.dates().contains(add.date())) {
            throw new IllegalArgumentException("cannot add “" + add.session().title() + "” on " + add.date()
                    + ": that day is not in the week of " + week.weekStart());
        }
        return week.adding(add.date(), add.session());
    }
}
