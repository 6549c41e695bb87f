package nl.onderop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevRedisTests {

    private final List<String> probed = new ArrayList<>();

    @Test
    void aRedisThatAnswersIsUsedAsItIsAndNothingIsStarted() {
        DevRedis.Decision decision = DevRedis.decide("localhost", 6379, answeringAt("localhost", 6379), true, () -> {
            throw new AssertionError("no port needed");
        });

        assertThat(decision.kind()).isEqualTo(DevRedis.Kind.EXISTING);
        assertThat(decision.gatewayEnvironment()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SPRING_DATA_REDIS_HOST", "localhost", "SPRING_DATA_REDIS_PORT", "6379"));
        assertThat(probed).containsExactly("localhost:6379");
    }

    @Test
    void withoutOneThatAnswersAnInstalledRedisServerIsStartedOnAFreePort() {
        DevRedis.Decision decision = DevRedis.decide("localhost", 6379, answeringAt("nowhere", 0), true, () -> 23456);

        assertThat(decision.kind()).isEqualTo(DevRedis.Kind.OWN);
        assertThat(decision.gatewayEnvironment()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SPRING_DATA_REDIS_HOST", "127.0.0.1", "SPRING_DATA_REDIS_PORT", "23456"));
        assertThat(decision.describe()).contains("127.0.0.1:23456").contains("none answered at localhost:6379");
    }

    @Test
    void withNeitherTheGatewayGetsNoRedisAndRunsInMemory() {
        DevRedis.Decision decision = DevRedis.decide("localhost", 6379, answeringAt("nowhere", 0), false, () -> {
            throw new AssertionError("no port needed");
        });

        assertThat(decision.kind()).isEqualTo(DevRedis.Kind.NONE);
        assertThat(decision.gatewayEnvironment()).isEmpty();
        assertThat(decision.describe()).contains("in memory");
    }

    @Test
    void theAddressToProbeComesFromOnderopRedisHostAndPortAndTestsProbeNone() {
        Path repo = Path.of("/repo");
        assertThat(DevStackConfig.fromEnvironment(repo, Map.of()).redisProbe())
                .isEqualTo(new DevStackConfig.RedisProbe("localhost", 6379));
        assertThat(DevStackConfig.fromEnvironment(repo, Map.of("ONDEROP_REDIS_HOST", "redis.lan", "ONDEROP_REDIS_PORT", "6380"))
                .redisProbe()).isEqualTo(new DevStackConfig.RedisProbe("redis.lan", 6380));
        assertThat(DevStackConfig.fromEnvironment(repo, Map.of("ONDEROP_REDIS_PORT", "6390")).redisProbe())
                .isEqualTo(new DevStackConfig.RedisProbe("localhost", 6390));
        assertThat(DevStackConfig.forTests(repo, Path.of("/tmp/e2e")).redisProbe())
                .as("end-to-end tests never share the machine's Redis").isNull();
    }

    @Test
    void theGatewayGetsTheRedisVariablesAndTheServicesDoNot() {
        PlatformServices services = new PlatformServices(DevStackConfig.defaults(Path.of("/repo")));
        assertThat(services.environment(PlatformApp.GATEWAY)).doesNotContainKey("SPRING_DATA_REDIS_HOST");

        services.gatewayRedis(Map.of("SPRING_DATA_REDIS_HOST", "127.0.0.1", "SPRING_DATA_REDIS_PORT", "23456"));

        assertThat(services.environment(PlatformApp.GATEWAY))
                .containsEntry("SPRING_DATA_REDIS_HOST", "127.0.0.1").containsEntry("SPRING_DATA_REDIS_PORT", "23456");
        assertThat(services.environment(PlatformApp.VOLUNTEERS)).doesNotContainKey("SPRING_DATA_REDIS_HOST");
    }

    @Test
    void itsOwnRedisServerKeepsItsDataInTheDataDirAndStopsWithTheStack(@TempDir Path dataDir) {
        Assumptions.assumeTrue(DevRedis.REDIS_SERVER_CANDIDATES.stream().anyMatch(Files::isExecutable),
                "redis-server is not installed");
        int closed = Ports.freePort();
        DevRedis redis = new DevRedis(dataDir, dataDir.resolve("logs/redis.log"));
        try {
            DevRedis.Decision decision = redis.start("127.0.0.1", closed);

            assertThat(decision.kind()).isEqualTo(DevRedis.Kind.OWN);
            assertThat(decision.port()).isNotEqualTo(6379);
            assertThat(DevRedis.answersPing("127.0.0.1", decision.port())).isTrue();
            assertThat(redis.start("127.0.0.1", closed)).as("decided once").isSameAs(decision);
            redis.stop();
            assertThat(DevRedis.answersPing("127.0.0.1", decision.port())).isFalse();
            assertThat(dataDir.resolve("redis/dump.rdb")).as("saved at a graceful stop").exists();
        } finally {
            redis.stop();
        }
    }

    private java.util.function.BiPredicate<String, Integer> answeringAt(String host, int port) {
        return (probedHost, probedPort) -> {
            probed.add(probedHost + ":" + probedPort);
            return probedHost.equals(host) && probedPort == port;
        };
    }
}
