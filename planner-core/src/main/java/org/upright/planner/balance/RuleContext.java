package org.upright.planner.balance;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.upright.planner.exercise.ExerciseLookup;

/**
 * Everything a rule may look at: the week, the previous week if known, the lifter, the targets and
 * the exercises suggestions may use. The facts about the week are worked out once and shared.
 */
public final class RuleContext {

    private final WeekFacts facts;
    private final WeekFacts previousFacts;
    private final LifterProfile profile;
    private final Targets targets;
    private final ExerciseLookup lookup;
    private final FixBudget budget;
    private Set<String> takenIds;

    RuleContext(
            WeekFacts facts,
            WeekFacts previousFacts,
            LifterProfile profile,
            Targets targets,
            ExerciseLookup lookup,
            FixBudget budget) {
        this.facts = facts;
        this.previousFacts = previousFacts;
        this.profile = profile;
        this.targets = targets;
        this.lookup = lookup;
        this.budget = budget;
    }

    public WeekPlan week() {
        return facts.week();
    }

    public Optional<WeekPlan> previousWeek() {
        return Optional.ofNullable(previousFacts).map(WeekFacts::week);
    }

    public LifterProfile profile() {
        return profile;
    }

    public Targets targets() {
        return targets;
    }

    public ExerciseLookup lookup() {
        return lookup;
    }

    WeekFacts facts() {
        return facts;
    }

    Optional<WeekFacts> previousFacts() {
        return Optional.ofNullable(previousFacts);
    }

    FixBudget budget() {
        return budget;
    }

    /** Working sets a fix may still add to {@code session} in this click. */
    int setsLeft(SessionFacts session) {
        return budget.setsLeft(session);
    }

    /** Strength sets a fix may add before the week jumps in volume over last week (§3.6). */
    int strengthRoom() {
        int ceiling = budget.strengthCeiling(previousFacts, targets.volumeJumpLimit());
        return ceiling == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(0, ceiling - facts.strengthSets());
    }

    /** A fresh suggestion toolkit for one rule; {@code tag} keeps its ids apart from other rules'. */
    SuggestionKit kit(String tag) {
        if (takenIds == null) {
            // collected lazily: most evaluations of a good week never suggest anything
            takenIds = new HashSet<>();
            week().sessions().forEach(s -> {
                takenIds.add(s.id());
                s.prescriptions().forEach(p -> takenIds.add(p.id()));
            });
        }
        return new SuggestionKit(this, new SuggestionIds(tag, takenIds));
    }
}
