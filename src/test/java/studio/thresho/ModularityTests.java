package studio.thresho;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature boundaries honest: no cycles, no reaching into another feature's internals. */
class ModularityTests {

    @Test
    void featureModulesRespectTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
