package org.upright.planner.safety.internal.archfixture;

import org.springframework.util.Assert;

/** Internal packages may use frameworks: the pure-packages rule exempts them. */
public final class FixtureRepository {

    private FixtureRepository() {}

    public static void requireId(Long id) {
        Assert.notNull(id, "id");
    }
}
