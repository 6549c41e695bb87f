package nl.onderop.matching;

import org.junit.jupiter.api.Test;

import nl.onderop.testsupport.PlatformArchitectureRules;

class ArchitectureTests {

    @Test
    void keepsThePlatformShape() {
        PlatformArchitectureRules.assertPlatformShape("nl.onderop.matching");
    }
}
