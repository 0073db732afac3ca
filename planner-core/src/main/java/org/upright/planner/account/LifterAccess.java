package org.upright.planner.account;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upright.planner.account.internal.CoachingRepository;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;

/**
 * The one place that decides who may act for a lifter: the lifter themself and the lifter's
 * current coach, or one of them alone where {@link Who} says so. Nobody else — not another lifter,
 * not another coach, not a former coach. Services never call this: they mark the parameter that
 * names the lifter {@link LifterId}, and {@link LifterAccessGuard} asks here before the method runs
 * (docs/adr/0013). The answer never depends on whether the lifter exists, so ids guessed into a URL
 * learn nothing.
 */
@Component
class LifterAccess {

    private final CoachingRepository coaching;

    LifterAccess(CoachingRepository coaching) {
        this.coaching = coaching;
    }

    /**
     * Whether {@code caller} may act, as {@code who} allows, for every one of {@code lifterIds}:
     * one query at most, however many lifters, so that screens listing many clients stay fast. An
     * empty collection names nobody: allowed to anyone {@code who} admits at all (a coach-only
     * method stays closed to lifters).
     */
    boolean allows(SignedInAccount caller, Who who, Collection<Long> lifterIds) {
        boolean mayAtAll = switch (caller.role()) {
            case LIFTER -> who != Who.COACH_ONLY;
            case COACH -> who != Who.LIFTER_ONLY;
        };
        // (not contains(null): immutable collections throw on it)
        if (!mayAtAll || lifterIds.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        Set<Long> wanted = new HashSet<>(lifterIds);
        if (wanted.isEmpty()) {
            return true;
        }
        return switch (caller.role()) {
            case LIFTER -> wanted.equals(Set.of(caller.id()));
            case COACH -> coaching.countCurrentClients(caller.id(), wanted) == wanted.size();
        };
    }
}
