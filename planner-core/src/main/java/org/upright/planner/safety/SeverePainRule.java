package org.upright.planner.safety;

import java.util.List;

/**
 * Severe pain (domain §5): the mean of the most recent week with pain readings — before and after
 * readings together — is {@value #SEVERE_MEAN} or more. Older weeks do not count: the advice is about
 * how the lifter is now. The week may still be in progress; a bad start to the week is reason
 * enough to say so.
 */
public final class SeverePainRule {

    public static final int SEVERE_MEAN = 7;

    private SeverePainRule() {}

    public static boolean applies(List<WeeklyPain> weeks) {
        return PainWeeks.latest(weeks)
                .map(week -> week.all().meanAtLeast(SEVERE_MEAN))
                .orElse(false);
    }
}
