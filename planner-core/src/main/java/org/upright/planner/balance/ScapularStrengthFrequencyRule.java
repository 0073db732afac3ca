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
 * §3.4 Targeted upper-back strengthening: days with at least two working sets of rows or scapular
 * work ({@code HORIZONTAL_PULL} or {@code SCAPULAR_STABILITY}, weighted) — at least two such days a
 * week by default. Below → {@code WARNING}.
 *
 * <p>Suggestion: band rows 3 × 10 (or scapular squeezes 3 × 10–15 without a band) on the missing
 * days, spread so no two strengthening days touch when the week allows it. On a chosen day the
 * sets go into the accessory work of a strength or conditioning session there (with a thoracic
 * warm-up if they would be its first upper-body work); a day without one gets a short new session.
 * Days already holding some rows get only the sets they still need, at least three.
 */
public final class ScapularStrengthFrequencyRule implements BalanceRule {

    static final String NEW_SESSION_TITLE = "Upper-back strength";

    @Override
    public RuleId id() {
        return RuleId.SCAPULAR_STRENGTH_FREQUENCY;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        WeekFacts facts = context.facts();
        Set<LocalDate> strengthDays = facts.scapularStrengthDays();
        int target = context.targets().scapularStrengthDays();
        if (strengthDays.size() >= target) {
            return List.of();
        }
        SuggestionKit kit = context.kit("scap");
        Optional<Exercise> band = kit.usable(CatalogSlugs.BAND_ROW);
        Optional<Exercise> exercise = band.isPresent()
                ? band
                : kit.usable(CatalogSlugs.SCAPULAR_SQUEEZE).filter(e -> PushPullRatioRule.horizontalWeight(e) > 0);
        Dose baseDose = band.isPresent() ? Dose.reps(3, 10, 10) : Dose.reps(3, 10, 15);

        List<Suggestion> suggestions = new ArrayList<>();
        if (exercise.isPresent()) {
            WeekPlan week = facts.week();
            Exercise rows = exercise.get();
            double perSet = PushPullRatioRule.horizontalWeight(rows);
            List<LocalDate> candidates = week.dates().stream()
                    .filter(d -> !strengthDays.contains(d))
                    .filter(d ->
                            host(context, d, rows, setsFor(facts, d, perSet)).isPresent() || week.hasRoomOn(d))
                    .sorted(Comparator.comparing((LocalDate d) ->
                            host(context, d, rows, setsFor(facts, d, perSet)).isEmpty()))
                    .toList();
            int sessionsInWeek = week.sessionCount();
            PressTrims trims = new PressTrims(context);
            int room = context.strengthRoom();
            for (LocalDate day : DayPicker.spread(candidates, strengthDays, target - strengthDays.size())) {
                int needed = setsFor(facts, day, perSet);
                Optional<SessionFacts> host = host(context, day, rows, needed);
                if (host.isEmpty() && sessionsInWeek >= WeekPlan.MAX_SESSIONS_PER_WEEK) {
                    continue;
                }
                int cap = host.map(h -> Math.min(context.setsLeft(h), room(h.session(), rows)))
                        .orElse(PushPullRatioRule.MAX_ADDED_SETS_PER_SESSION);
                int sets = Math.min(Math.min(Math.max(baseDose.sets(), needed), cap), (int)
                        Math.min(Integer.MAX_VALUE, (long) room + trims.trimmable()));
                if (sets < needed) {
                    continue; // the day cannot take enough rows within the click's limits
                }
                // within last week's volume, or a pressing set trimmed for each set of rows
                for (int i = 0; i < sets; i++) {
                    if (room > 0) {
                        room--;
                    } else {
                        trims.trimOne(host.map(h -> h.session().id()).orElse(null));
                    }
                }
                if (host.isPresent()) {
                    Session session = host.get().session();
                    Optional<SuggestionKit.Line> line = SuggestionKit.line(session, rows);
                    if (line.isPresent()) {
                        suggestions.add(kit.raise(session, day, line.get(), sets));
                    } else {
                        if (!host.get().upperBodyWork()
                                && !SuggestionKit.hasThoracicDrillUpTo(session, BlockType.ACCESSORY)) {
                            kit.thoracicWarmUp(session, day).ifPresent(suggestions::add);
                        }
                        suggestions.add(kit.append(
                                session, day, BlockType.ACCESSORY, kit.prescription(rows, baseDose.withSets(sets))));
                    }
                } else {
                    suggestions.add(newSession(kit, day, kit.prescription(rows, baseDose.withSets(sets))));
                    sessionsInWeek++;
                }
            }
            suggestions.addAll(trims.suggestions(Text.of("domain.balance.trim.whyRows")));
        }
        int count = strengthDays.size();
        Text message = Wording.sentences(List.of(
                Text.of("domain.balance.scapular.days", count, target), Text.of("domain.balance.scapular.why")));
        return List.of(new Finding(id(), Severity.WARNING, message, List.of(), suggestions));
    }

    /** Rows the day still needs to count as a strengthening day. */
    private static int setsFor(WeekFacts facts, LocalDate day, double perSet) {
        double missing = WeekFacts.SCAPULAR_DAY_SETS - facts.dayRowingSets(day);
        return Math.max(1, (int) Math.ceil(missing / perSet - Ratio.EPSILON));
    }

    /** Sets a line of {@code rows} in {@code session} can still take (a new line: any). */
    private static int room(Session session, Exercise rows) {
        return SuggestionKit.line(session, rows)
                .map(l -> l.counts() ? org.upright.planner.exercise.Dose.MAX_SETS - l.sets() : 0)
                .orElse(org.upright.planner.exercise.Dose.MAX_SETS);
    }

    /**
     * The session on {@code day} that can take {@code needed} more sets of rows: strength first,
     * then conditioning, with room for the rows (its own line of them raised, or a new line and a
     * possible warm-up drill) within the click's four added sets.
     */
    private static Optional<SessionFacts> host(RuleContext context, LocalDate day, Exercise rows, int needed) {
        return context.facts().sessions().stream()
                .filter(s -> s.date().equals(day))
                .filter(s -> s.session().kind() == SessionKind.STRENGTH
                        || s.session().kind() == SessionKind.CONDITIONING)
                .filter(s -> context.setsLeft(s) >= needed && room(s.session(), rows) >= needed)
                .filter(s ->
                        SuggestionKit.line(s.session(), rows).isPresent() || SuggestionKit.hasRoomFor(s.session(), 2))
                .min(Comparator.comparing(s -> s.session().kind()));
    }

    private static Suggestion newSession(SuggestionKit kit, LocalDate day, Prescription p) {
        List<Block> blocks = new ArrayList<>();
        kit.usable(CatalogSlugs.THORACIC_ROTATION)
                .ifPresent(rotation -> blocks.add(
                        Block.of(BlockType.WARM_UP, kit.prescription(rotation, SuggestionKit.THORACIC_WARM_UP_DOSE))));
        blocks.add(Block.of(BlockType.MAIN, p));
        Session session = new Session(kit.newId(), SessionKind.STRENGTH, NEW_SESSION_TITLE, blocks);
        return new Suggestion.AddSession(
                day,
                session,
                Text.of(
                        "domain.balance.scapular.addSession",
                        NEW_SESSION_TITLE,
                        Wording.day(day),
                        p.exercise().name(),
                        p.dose().text()));
    }
}
