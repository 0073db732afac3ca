package org.upright.planner.safety.archfixture;

import org.springframework.util.StringUtils;

/** Breaks the pure-packages rule on purpose: a rule that reaches for Spring. */
public final class ImpureRule {

    private ImpureRule() {}

    public static boolean hasText(String text) {
        return StringUtils.hasText(text);
    }
}
