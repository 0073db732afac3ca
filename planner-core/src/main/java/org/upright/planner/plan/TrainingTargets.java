package org.upright.planner.plan;

import org.upright.planner.account.TrainingProfile;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.Targets;

/** Turns a stored training profile into what the balance rules take. */
public final class TrainingTargets {

    private TrainingTargets() {}

    public static LifterProfile profile(TrainingProfile stored) {
        return new LifterProfile(stored.upperBackCare(), stored.equipment());
    }

    /** The spec's defaults for the profile, with the coach's changes on top. */
    public static Targets targets(TrainingProfile stored) {
        Targets targets = Targets.defaultsFor(profile(stored));
        if (stored.pushPullTarget() != null) {
            targets = targets.withPushPullRatio(stored.pushPullTarget());
        }
        if (stored.mobilityTarget() != null) {
            int min = stored.mobilityTarget();
            targets = targets.withMobilitySessions(min, Math.max(min, targets.mobilitySessionsMax()));
        }
        return targets;
    }
}
