package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.upright.planner.common.Quantities;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;

/**
 * §3.3 Mobility frequency. A mobility session is one of kind {@code MOBILITY} or
 * {@code BACK_CARE_ROUTINE}, or any session with at least ten estimated minutes of mobility work
 * outside its warm-up; at most one counts per day. Below the minimum (default 2): none at all is an
 * {@code ALERT}, some a {@code WARNING}. Above the maximum is fine — the maximum only draws the
 * band on charts.
 *
 * <p>Suggestion: a mobility session of about 16 minutes on each missing day, picking the days with
 * the least planned time first (ties: earlier day). Drills the lifter lacks equipment for are left
 * out (foam roller → ball self-massage → nothing); the session still counts by its kind.
 */
public final class MobilityFrequencyRule implements BalanceRule {

    static final long MOBILITY_SESSION_SECONDS = 10 * 60;
    static final String SESSION_TITLE = "Mobility and breathing";

    @Override
    public RuleId id() {
        return RuleId.MOBILITY_FREQUENCY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        WeekFacts facts = context.facts();
        Set<LocalDate> mobilityDays = facts.mobilityDays();
        int count = mobilityDays.size();
        int min = context.targets().mobilitySessionsMin();
        if (count >= min) {
            return List.of();
        }
        Severity severity = count == 0 ? Severity.ALERT : Severity.WARNING;
        WeekPlan week = facts.week();
        List<LocalDate> days = week.dates().stream()
                .filter(d -> !mobilityDays.contains(d) && week.hasRoomOn(d))
                .sorted(Comparator.comparingLong(facts::daySeconds))
                .limit(Math.min(min - count, WeekPlan.MAX_SESSIONS_PER_WEEK - week.sessionCount()))
                .sorted()
                .toList();
        SuggestionKit kit = context.kit("mob");
        List<Suggestion> suggestions = new ArrayList<>();
        for (LocalDate day : days) {
            Session session = mobilitySession(kit);
            suggestions.add(new Suggestion.AddSession(
                    day,
                    session,
                    Text.of(
                            "domain.balance.mobility.add",
                            Math.round(DurationEstimate.seconds(session) / 60.0),
                            SESSION_TITLE,
                            Wording.day(day))));
        }
        List<Text> parts = new ArrayList<>();
        parts.add(
                count == 0 ? Text.of("domain.balance.mobility.none") : Text.of("domain.balance.mobility.some", count));
        parts.add(Text.of(
                "domain.balance.mobility.aim",
                Quantities.range(
                        context.targets().mobilitySessionsMin(),
                        context.targets().mobilitySessionsMax())));
        if (suggestions.size() < min - count) {
            parts.add(Text.of("domain.balance.mobility.tooFull"));
        }
        return List.of(new Finding(id(), severity, Wording.sentences(parts), List.of(), suggestions));
    }

    /** About a quarter of an hour of the guide's drills, gentlest last. */
    static Session mobilitySession(SuggestionKit kit) {
        String id = kit.newId();
        List<Prescription> main = new ArrayList<>();
        kit.usable(CatalogSlugs.THORACIC_ROTATION)
                .ifPresent(e -> main.add(kit.prescription(e, Dose.repsPerSide(1, 10, 10))));
        kit.usable(CatalogSlugs.CAT_COW).ifPresent(e -> main.add(kit.prescription(e, Dose.rounds(1, 8, 12))));
        kit.usable(CatalogSlugs.DOORWAY_PEC_STRETCH)
                .ifPresent(e -> main.add(kit.prescription(e, Dose.hold(3, 20, 30, true))));
        kit.usable(CatalogSlugs.CHILDS_POSE_WITH_REACH)
                .ifPresent(e -> main.add(kit.prescription(e, Dose.hold(3, 20, 30, true))));
        kit.firstUsable(CatalogSlugs.FOAM_ROLLER, CatalogSlugs.BALL_SELF_MASSAGE)
                .ifPresent(e -> main.add(kit.prescription(e, Dose.minutes(1, 2))));
        List<Prescription> coolDown = new ArrayList<>();
        kit.usable(CatalogSlugs.DIAPHRAGMATIC_BREATHING)
                .ifPresent(e -> coolDown.add(kit.prescription(e, Dose.minutes(5, 5))));
        return new Session(
                id,
                SessionKind.MOBILITY,
                SESSION_TITLE,
                List.of(new Block(BlockType.MAIN, main), new Block(BlockType.COOL_DOWN, coolDown)));
    }
}
