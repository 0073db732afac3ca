package org.upright.planner.balance;

import org.upright.planner.common.Labels;
import org.upright.planner.common.Text;

/** The rules of domain §3, by the names the spec and the tests use. */
public enum RuleId {
    PUSH_PULL_RATIO,
    THORACIC_WARM_UP,
    MOBILITY_FREQUENCY,
    SCAPULAR_STRENGTH_FREQUENCY,
    ROUTINE_FREQUENCY,
    VOLUME_JUMP,
    BREATHING_PRACTICE;

    /** The rule's name in plain words, as lists and previews show it ({@code domain.ruleId.*}). */
    public Text title() {
        return Labels.of(this);
    }
}
