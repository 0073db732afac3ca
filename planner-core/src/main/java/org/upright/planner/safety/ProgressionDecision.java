package org.upright.planner.safety;

import java.util.EnumSet;
import java.util.Set;

/** Whether a progression suggestion may be made, and if not, every reason why not. */
public record ProgressionDecision(Set<ProgressionBlocker> blockers) {

    public static final ProgressionDecision ALLOWED = new ProgressionDecision(Set.of());

    public ProgressionDecision {
        blockers = blockers == null || blockers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blockers));
    }

    public boolean allowed() {
        return blockers.isEmpty();
    }
}
