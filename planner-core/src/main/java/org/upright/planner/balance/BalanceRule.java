package org.upright.planner.balance;

import java.util.List;

/**
 * One rule of domain §3. Each rule looks at the week on its own and reports zero or more findings,
 * each with the edits that resolve it. Rules never throw on a week the model allows.
 */
public sealed interface BalanceRule
        permits PushPullRatioRule,
                ThoracicWarmUpRule,
                MobilityFrequencyRule,
                ScapularStrengthFrequencyRule,
                RoutineFrequencyRule,
                VolumeJumpRule,
                BreathingPracticeRule {

    RuleId id();

    List<Finding> check(RuleContext context);
}
