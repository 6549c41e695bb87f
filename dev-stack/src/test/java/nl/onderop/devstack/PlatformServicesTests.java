package nl.onderop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformServicesTests {

    private final DevStackConfig config = DevStackConfig.defaults(Path.of("/repo")).withDemoData(true);

    @Test
    void givesAServiceItsPortsDatabaseBrokerAndIssuer() {
        Map<String, String> env = new PlatformServices(config).environment(PlatformApp.VOLUNTEERS);

        assertThat(env).containsEntry("SERVER_PORT", "8082")
                .containsEntry("ONDEROP_MANAGEMENT_PORT", "9082")
                .containsEntry("ONDEROP_MONGODB_URI", "mongodb://127.0.0.1:27017/onderop-volunteers")
                .containsEntry("ONDEROP_KAFKA_BROKERS", "127.0.0.1:9092")
                .containsEntry("ONDEROP_OIDC_ISSUER_URI", "http://localhost:8180/realms/onderop")
                .containsEntry("ONDEROP_DEMO_DATA", "true");
        assertThat(PlatformApp.VOLUNTEERS.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/volunteer-service/target/volunteer-service.jar"));
    }

    @Test
    void givesTheGatewayTheServiceUrlsAndItsClientSecret() {
        Map<String, String> env = new PlatformServices(config).environment(PlatformApp.GATEWAY);

        assertThat(env).containsEntry("SERVER_PORT", "8080")
                .containsEntry("ONDEROP_MANAGEMENT_PORT", "9080")
                .containsEntry("ONDEROP_OIDC_ISSUER_URI", "http://localhost:8180/realms/onderop")
                .containsEntry("ONDEROP_DIRECTORY_URI", "http://127.0.0.1:8081")
                .containsEntry("ONDEROP_VOLUNTEERS_URI", "http://127.0.0.1:8082")
                .containsEntry("ONDEROP_MATCHING_URI", "http://127.0.0.1:8083")
                .containsEntry("ONDEROP_REPORTS_URI", "http://127.0.0.1:8084")
                .containsEntry("ONDEROP_GATEWAY_CLIENT_SECRET", "onderop-gateway-dev-secret")
                .doesNotContainKey("ONDEROP_MONGODB_URI");
    }

    @Test
    void extraVariablesOverrideTheDefaultsForOneApplication() {
        PlatformServices services = new PlatformServices(config)
                .commonEnv(Map.of("ONDEROP_OIDC_CLOCK_SKEW", "1s"))
                .extraEnv(PlatformApp.MATCHING, Map.of("ONDEROP_OUTBOX_RELAY_ENABLED", "false", "ONDEROP_DEMO_DATA", "false"));

        assertThat(services.environment(PlatformApp.MATCHING))
                .containsEntry("ONDEROP_OUTBOX_RELAY_ENABLED", "false")
                .containsEntry("ONDEROP_DEMO_DATA", "false")
                .containsEntry("ONDEROP_OIDC_CLOCK_SKEW", "1s");
        assertThat(services.environment(PlatformApp.DIRECTORY))
                .doesNotContainKey("ONDEROP_OUTBOX_RELAY_ENABLED")
                .containsEntry("ONDEROP_DEMO_DATA", "true")
                .containsEntry("ONDEROP_OIDC_CLOCK_SKEW", "1s");
    }

    @Test
    void testConfigurationUsesDistinctFreePortsAndNoDemoData() {
        DevStackConfig test = DevStackConfig.forTests(Path.of("/repo"), Path.of("/tmp/e2e"));
        int[] ports = {test.keycloakPort(), test.keycloakManagementPort(), test.kafkaPort(), test.mongoPort(),
                test.gateway().http(), test.gateway().management(), test.directory().http(), test.directory().management(),
                test.volunteers().http(), test.volunteers().management(), test.matching().http(),
                test.matching().management(), test.reporting().http(), test.reporting().management()};

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(ports.length);
        assertThat(test.demoData()).isFalse();
        assertThat(test.mongoInMemory()).isTrue();
        assertThat(test.logsDir()).isEqualTo(Path.of("/tmp/e2e/logs"));
    }

    @Test
    void environmentOverridesTheDataDirAndDemoData() {
        DevStackConfig fromEnv = DevStackConfig.fromEnvironment(Path.of("/repo"),
                Map.of("ONDEROP_DATA_DIR", "/tmp/onderop", "ONDEROP_DEMO_DATA", "false"));

        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/tmp/onderop"));
        assertThat(fromEnv.demoData()).isFalse();
        assertThat(DevStackConfig.defaults(Path.of("/repo")).dataDir()).isEqualTo(Path.of("/repo/.onderop-data"));
    }
}
