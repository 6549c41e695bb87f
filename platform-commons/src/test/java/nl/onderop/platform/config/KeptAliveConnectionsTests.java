package nl.onderop.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

class KeptAliveConnectionsTests {

    private final String before = System.getProperty(PlatformDefaultsEnvironmentPostProcessor.LAST_FLUSH_WHEN_NO_READ);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PlatformDefaultsEnvironmentPostProcessor.LAST_FLUSH_WHEN_NO_READ);
        } else {
            System.setProperty(PlatformDefaultsEnvironmentPostProcessor.LAST_FLUSH_WHEN_NO_READ, before);
        }
    }

    @Test
    void everyPlatformApplicationTurnsOnTheReadResumeOfKeptAliveConnections() {
        System.clearProperty(PlatformDefaultsEnvironmentPostProcessor.LAST_FLUSH_WHEN_NO_READ);

        new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());

        assertThat(System.getProperty("reactor.netty.http.server.lastFlushWhenNoRead")).isEqualTo("true");
    }

    @Test
    void anExplicitSettingWins() {
        System.setProperty(PlatformDefaultsEnvironmentPostProcessor.LAST_FLUSH_WHEN_NO_READ, "false");

        new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());

        assertThat(System.getProperty("reactor.netty.http.server.lastFlushWhenNoRead")).isEqualTo("false");
    }
}
