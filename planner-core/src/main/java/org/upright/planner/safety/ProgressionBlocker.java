package org.upright.planner.safety;

import org.upright.planner.common.Text;

/** A reason not to suggest progressing the plan (more sets, load or difficulty). */
public enum ProgressionBlocker {
    OPEN_RED_FLAG,
    PAIN_RISING,
    SEVERE_PAIN,
    NOT_IMPROVING;

    /** Why progression is held back, in plain words ({@code domain.progressionBlocker.*}). */
    public Text reason() {
        return Text.of("domain.progressionBlocker." + name());
    }
}
