package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One answered red-flag checklist. An empty set is a meaningful answer: "none of these".
 *
 * @param date the day the checklist was answered
 * @param flagged the flags the lifter ticked
 */
public record RedFlagCheck(LocalDate date, Set<RedFlag> flagged) {

    public RedFlagCheck {
        Objects.requireNonNull(date, "date is required");
        flagged = flagged == null || flagged.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flagged));
    }

    /** A checklist answered "no" to every question. */
    public static RedFlagCheck noneOn(LocalDate date) {
        return new RedFlagCheck(date, Set.of());
    }

    public static RedFlagCheck on(LocalDate date, RedFlag first, RedFlag... more) {
        EnumSet<RedFlag> flags = EnumSet.of(first);
        flags.addAll(List.of(more));
        return new RedFlagCheck(date, flags);
    }

    public boolean anyFlagged() {
        return !flagged.isEmpty();
    }
}
