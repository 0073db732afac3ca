package org.upright.planner.safety.archfixture;

import org.springframework.util.StringUtils;

/**
 * A service may use Spring: the pure-packages rule exempts classes named *Service. (Plain calls,
 * no stereotype annotation, so no component scan ever picks this fixture up.)
 */
public final class FixtureService {

    private FixtureService() {}

    public static String trimmed(String text) {
        return StringUtils.trimWhitespace(text);
    }
}
