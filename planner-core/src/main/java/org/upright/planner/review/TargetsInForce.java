package org.upright.planner.review;

import java.util.Objects;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.Targets;

/** The lifter's profile and targets as they stood in one week: what that week is judged against. */
public record TargetsInForce(LifterProfile profile, Targets targets) {

    public TargetsInForce {
        Objects.requireNonNull(profile, "profile is required");
        Objects.requireNonNull(targets, "targets are required");
    }
}
