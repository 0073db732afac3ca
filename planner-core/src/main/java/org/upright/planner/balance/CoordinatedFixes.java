package org.upright.planner.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.upright.planner.common.Text;

/**
 * "Apply all" as one coordinated edit of the week (domain §3, "Coordinated fixes"; ADR 0014).
 *
 * <p>A greedy plan with re-evaluation: evaluate the working copy, take the first finding (in rule
 * order) whose edits can be made, make them, evaluate again — until no finding can be fixed any
 * further. Every rule builds its edits against the working copy and within the click's
 * {@link FixBudget} (four added sets per session, one line per exercise, last week's volume), so a
 * later rule sees the rows an earlier one added instead of adding its own on top. Each finding's
 * edits are then checked against those limits once more before they are kept; a batch that would
 * break one is dropped and the finding reported, never thrown.
 *
 * <p>Pure and thread-safe.
 */
public final class CoordinatedFixes {

    /** Far more rounds than any week needs (one finding is fixed per round); a guard, not a tuning knob. */
    static final int MAX_ROUNDS = 200;

    private final BalanceEvaluator evaluator;

    public CoordinatedFixes(BalanceEvaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** Every finding's fix, coordinated. {@code previousWeek} may be {@code null}. */
    public FixPlan planAll(WeekPlan week, WeekPlan previousWeek, LifterProfile profile, Targets targets) {
        return plan(week, previousWeek, profile, targets, f -> true);
    }

    /**
     * One finding's fix ("Apply" on a single finding), within the same limits. The finding is named
     * by its rule and the sessions it is about, as the screen saw it.
     */
    public FixPlan planOne(
            WeekPlan week,
            WeekPlan previousWeek,
            LifterProfile profile,
            Targets targets,
            RuleId rule,
            List<String> sessionIds) {
        return plan(
                week,
                previousWeek,
                profile,
                targets,
                f -> f.rule() == rule && f.sessionIds().equals(sessionIds));
    }

    private FixPlan plan(
            WeekPlan week, WeekPlan previousWeek, LifterProfile profile, Targets targets, Predicate<Finding> wanted) {
        Objects.requireNonNull(week, "week");
        FixBudget budget = FixBudget.startingFrom(week);
        Limits limits = new Limits(week, budget, previousWeek, targets);
        WeekPlan working = week;
        List<Suggestion> edits = new ArrayList<>();
        Set<Key> givenUp = new HashSet<>();
        Map<Key, Text> refused = new HashMap<>();
        BalanceReport report = null;
        boolean progressed = true;
        for (int round = 0; round < MAX_ROUNDS && progressed; round++) {
            report = evaluator.evaluate(working, previousWeek, profile, targets, budget);
            progressed = false;
            for (Finding finding : report.findings()) {
                Key key = Key.of(finding);
                if (!wanted.test(finding) || givenUp.contains(key)) {
                    continue;
                }
                Optional<WeekPlan> next = finding.suggestions().isEmpty()
                        ? Optional.empty()
                        : limits.tryApply(working, finding.suggestions(), refused, key);
                if (next.isPresent() && !next.get().equals(working)) {
                    working = next.get();
                    edits.addAll(finding.suggestions());
                    progressed = true;
                    break;
                }
                givenUp.add(key);
            }
        }
        // the last round found nothing more to do, so its report is the result's (rounds run out: evaluate)
        BalanceReport last = progressed ? evaluator.evaluate(working, previousWeek, profile, targets, budget) : report;
        List<FixPlan.Unfixed> unfixed = new ArrayList<>();
        for (Finding finding : last.findings()) {
            if (wanted.test(finding)) {
                unfixed.add(new FixPlan.Unfixed(
                        finding.rule(),
                        finding.sessionIds(),
                        refused.getOrDefault(
                                Key.of(finding),
                                UnfixedReasons.reason(finding, working, limits, context(working, profile, targets)))));
            }
        }
        return new FixPlan(week, working, edits, unfixed);
    }

    private RuleContext context(WeekPlan week, LifterProfile profile, Targets targets) {
        return new RuleContext(
                new WeekFacts(week), null, profile, targets, evaluator.lookup(), FixBudget.startingFrom(week));
    }

    /** A finding across rounds: its rule and the sessions it is about. */
    private record Key(RuleId rule, List<String> sessionIds) {
        static Key of(Finding f) {
            return new Key(f.rule(), f.sessionIds());
        }
    }

    /** The click's limits, checked on each finding's edits before they are kept. */
    static final class Limits {
        private final WeekPlan start;
        private final Map<String, Integer> startSets = new HashMap<>();
        private final Map<String, Map<String, Integer>> startLines = new HashMap<>();
        private final int strengthCeiling;

        Limits(WeekPlan start, FixBudget budget, WeekPlan previousWeek, Targets targets) {
            this.start = start;
            start.sessions().forEach(s -> {
                startSets.put(s.id(), workingSets(s));
                startLines.put(s.id(), lines(s));
            });
            this.strengthCeiling = budget.strengthCeiling(
                    previousWeek == null ? null : new WeekFacts(previousWeek), targets.volumeJumpLimit());
        }

        int strengthCeiling() {
            return strengthCeiling;
        }

        boolean volumeFull(WeekPlan week) {
            return strengthCeiling != Integer.MAX_VALUE && new WeekFacts(week).strengthSets() >= strengthCeiling;
        }

        Optional<WeekPlan> tryApply(WeekPlan week, List<Suggestion> suggestions, Map<Key, Text> refused, Key key) {
            WeekPlan next = week;
            try {
                for (Suggestion s : suggestions) {
                    next = SuggestionApplier.apply(next, s);
                }
            } catch (IllegalArgumentException brokenLimit) {
                refused.put(key, UnfixedReasons.TOO_FULL);
                return Optional.empty();
            }
            Optional<Text> broken = broken(next);
            if (broken.isPresent()) {
                refused.put(key, broken.get());
                return Optional.empty();
            }
            return Optional.of(next);
        }

        /** The limit {@code week} breaks, in plain words, if any. */
        Optional<Text> broken(WeekPlan week) {
            if (strengthCeiling != Integer.MAX_VALUE && new WeekFacts(week).strengthSets() > strengthCeiling) {
                return Optional.of(UnfixedReasons.VOLUME);
            }
            for (Session s : week.sessions().toList()) {
                Integer before = startSets.get(s.id());
                boolean lifting = s.kind() == SessionKind.STRENGTH || s.kind() == SessionKind.CONDITIONING;
                int added = workingSets(s) - (before == null ? 0 : before);
                if ((before != null || lifting) && added > FixBudget.MAX_ADDED_SETS_PER_SESSION) {
                    return Optional.of(UnfixedReasons.SESSION_CAP);
                }
                Map<String, Integer> was = startLines.getOrDefault(s.id(), Map.of());
                for (Map.Entry<String, Integer> line : lines(s).entrySet()) {
                    if (line.getValue() > Math.max(1, was.getOrDefault(line.getKey(), 0))) {
                        return Optional.of(UnfixedReasons.DUPLICATE);
                    }
                }
            }
            return Optional.empty();
        }

        static int workingSets(Session s) {
            int sets = 0;
            for (Block b : s.blocks()) {
                if (b.type().holdsWorkingSets()) {
                    for (Prescription p : b.prescriptions()) {
                        sets += p.dose().sets();
                    }
                }
            }
            return sets;
        }

        private static Map<String, Integer> lines(Session s) {
            Map<String, Integer> lines = new HashMap<>();
            s.prescriptions().forEach(p -> lines.merge(p.exercise().slug(), 1, Integer::sum));
            return lines;
        }
    }
}
