package org.upright.planner;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Feature packages stay modules: no cycles between them, and nobody reaches into another
 * feature's {@code internal} package (its entities and repositories).
 */
class ModuleStructureTest {

    @Test
    void featureModulesHaveNoCyclesAndKeepTheirInternalsPrivate() {
        ApplicationModules.of(CoreTestApplication.class).verify();
    }
}
