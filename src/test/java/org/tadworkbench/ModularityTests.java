package org.tadworkbench;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages are modules: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TadWorkbenchApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }
}
