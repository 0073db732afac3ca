package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;

/**
 * §3.7 Breathing and recovery, only for lifters with upper-back care: fewer than three days (by
 * default) with a {@code BREATHING} prescription → {@code INFO}.
 *
 * <p>Unlike the volume rule an edit makes sense here, so there is one: five minutes of
 * diaphragmatic breathing at the end of the cool-down of the last session on a day without it
 * (back-care routines are skipped, their 20 minutes are spoken for), or a short "Breathing before
 * bed" recovery session on a day with nothing planned. Days are spread out where possible.
 */
public final class BreathingPracticeRule implements BalanceRule {

    static final String SESSION_TITLE = "Breathing before bed";

    @Override
    public RuleId id() {
        return RuleId.BREATHING_PRACTICE;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (!context.profile().upperBackCare()) {
            return List.of();
        }
        WeekFacts facts = context.facts();
        Set<LocalDate> breathingDays = facts.breathingDays();
        int target = context.targets().breathingDays();
        if (breathingDays.size() >= target) {
            return List.of();
        }
        SuggestionKit kit = context.kit("br");
        Optional<Exercise> breathing = kit.usable(CatalogSlugs.DIAPHRAGMATIC_BREATHING);
        List<Suggestion> suggestions = new ArrayList<>();
        if (breathing.isPresent()) {
            WeekPlan week = facts.week();
            List<LocalDate> candidates = week.dates().stream()
                    .filter(d -> !breathingDays.contains(d))
                    .filter(d -> host(facts, d).isPresent() || week.hasRoomOn(d))
                    .sorted(Comparator.comparing((LocalDate d) -> host(facts, d).isEmpty()))
                    .toList();
            int sessionsInWeek = week.sessionCount();
            for (LocalDate day : DayPicker.spread(candidates, breathingDays, target - breathingDays.size())) {
                Prescription p = kit.prescription(breathing.get(), Dose.minutes(5, 5));
                Optional<SessionFacts> host = host(facts, day);
                if (host.isPresent()) {
                    suggestions.add(kit.append(host.get().session(), day, BlockType.COOL_DOWN, p));
                } else if (sessionsInWeek < WeekPlan.MAX_SESSIONS_PER_WEEK) {
                    Session session = new Session(
                            kit.newId(), SessionKind.RECOVERY, SESSION_TITLE, List.of(Block.of(BlockType.MAIN, p)));
                    suggestions.add(new Suggestion.AddSession(
                            day,
                            session,
                            Text.of(
                                    "domain.balance.breathing.add",
                                    breathing.get().name().toLowerCase(java.util.Locale.ROOT),
                                    Wording.day(day))));
                    sessionsInWeek++;
                }
            }
        }
        Text message = Wording.sentences(List.of(
                breathingDays.isEmpty()
                        ? Text.of("domain.balance.breathing.none")
                        : Text.of(
                                "domain.balance.breathing.some", Text.of("domain.balance.days", breathingDays.size())),
                Text.of("domain.balance.breathing.aim", target)));
        return List.of(new Finding(id(), Severity.INFO, message, List.of(), suggestions));
    }

    /** The last session of the day that is not a back-care routine and has room for one more line. */
    private static Optional<SessionFacts> host(WeekFacts facts, LocalDate day) {
        SessionFacts last = null;
        for (SessionFacts s : facts.sessions()) {
            if (s.date().equals(day)
                    && s.session().kind() != SessionKind.BACK_CARE_ROUTINE
                    && SuggestionKit.hasRoomFor(s.session(), 1)) {
                last = s;
            }
        }
        return Optional.ofNullable(last);
    }
}
