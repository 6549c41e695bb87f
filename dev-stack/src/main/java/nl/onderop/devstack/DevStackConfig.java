package nl.onderop.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where the dev stack keeps its data and which ports it uses.
 *
 * @param repoRoot               the repository root (service jars are {@code <module>/target/<module>.jar} below it)
 * @param dataDir                Mongo's H2 file, the unzipped Keycloak and the logs
 * @param keycloakZip            the Keycloak distribution zip
 * @param mongoInMemory          true: no H2 file, data gone at stop (tests)
 * @param serviceJvmOptions      options for every service JVM
 * @param serviceStartParallelism how many services start at the same time
 * @param readinessTimeout       how long to wait for one service
 * @param redisProbe             where to look for the gateway's Redis; null: none (in memory)
 */
public record DevStackConfig(
        Path repoRoot,
        Path dataDir,
        Path keycloakZip,
        int keycloakPort,
        int keycloakManagementPort,
        int kafkaPort,
        int mongoPort,
        boolean mongoInMemory,
        ServicePorts gateway,
        ServicePorts directory,
        ServicePorts volunteers,
        ServicePorts matching,
        ServicePorts reporting,
        boolean demoData,
        List<String> serviceJvmOptions,
        int serviceStartParallelism,
        Duration readinessTimeout,
        RedisProbe redisProbe) {

    /**
     * Where to look for a Redis for the gateway (see {@link DevRedis}); {@code null}: use none, the gateway keeps
     * sessions and rate limits in memory (the end-to-end tests, which must not share the machine's Redis).
     */
    public record RedisProbe(String host, int port) {
    }

    /** An application's HTTP port and its management (actuator) port. */
    public record ServicePorts(int http, int management) {
    }

    public DevStackConfig {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    /** The README's ports: gateway 8080, services 8081-8084, management 90xx, Keycloak 8180, Kafka 9092, Mongo 27017. */
    public static DevStackConfig defaults(Path repoRoot) {
        return new DevStackConfig(repoRoot, repoRoot.resolve(".onderop-data"), KeycloakServer.defaultDistZip(repoRoot),
                8180, 9180, 9092, 27017, false,
                new ServicePorts(8080, 9080),
                new ServicePorts(8081, 9081),
                new ServicePorts(8082, 9082),
                new ServicePorts(8083, 9083),
                new ServicePorts(8084, 9084),
                true, ServiceProcess.DEFAULT_JVM_OPTIONS, 2, Duration.ofSeconds(120),
                new RedisProbe("localhost", 6379));
    }

    /**
     * {@link #defaults(Path)} adjusted by environment variables: {@code ONDEROP_DATA_DIR},
     * {@code ONDEROP_DEMO_DATA} (true/false), {@code ONDEROP_SERVICE_JVM_OPTS} (space separated),
     * {@code ONDEROP_SERVICE_START_PARALLELISM}, {@code ONDEROP_REDIS_HOST} and {@code ONDEROP_REDIS_PORT} (where to
     * look for the gateway's Redis, default localhost:6379).
     */
    public static DevStackConfig fromEnvironment(Path repoRoot, Map<String, String> env) {
        DevStackConfig config = defaults(repoRoot);
        String dataDir = env.get("ONDEROP_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            config = config.withDataDir(Path.of(dataDir));
        }
        String demoData = env.get("ONDEROP_DEMO_DATA");
        if (demoData != null && !demoData.isBlank()) {
            config = config.withDemoData(Boolean.parseBoolean(demoData.trim()));
        }
        String jvmOptions = env.get("ONDEROP_SERVICE_JVM_OPTS");
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            config = config.withServiceJvmOptions(Arrays.asList(jvmOptions.trim().split("\\s+")));
        }
        String redisHost = env.get("ONDEROP_REDIS_HOST");
        String redisPort = env.get("ONDEROP_REDIS_PORT");
        if (redisHost != null && !redisHost.isBlank() || redisPort != null && !redisPort.isBlank()) {
            config = config.withRedisProbe(new RedisProbe(
                    redisHost == null || redisHost.isBlank() ? "localhost" : redisHost.trim(),
                    redisPort == null || redisPort.isBlank() ? 6379 : Integer.parseInt(redisPort.trim())));
        }
        String parallelism = env.get("ONDEROP_SERVICE_START_PARALLELISM");
        if (parallelism != null && !parallelism.isBlank()) {
            config = config.withServiceStartParallelism(Integer.parseInt(parallelism.trim()));
        }
        return config;
    }

    /**
     * For end-to-end tests: free random ports, Mongo in memory, no demo data, everything (unzipped Keycloak,
     * logs) under {@code workDir}, e.g. {@code target/e2e}.
     */
    public static DevStackConfig forTests(Path repoRoot, Path workDir) {
        int[] ports = Ports.freePorts(14);
        return new DevStackConfig(repoRoot, workDir, KeycloakServer.defaultDistZip(repoRoot),
                ports[0], ports[1], ports[2], ports[3], true,
                new ServicePorts(ports[4], ports[5]),
                new ServicePorts(ports[6], ports[7]),
                new ServicePorts(ports[8], ports[9]),
                new ServicePorts(ports[10], ports[11]),
                new ServicePorts(ports[12], ports[13]),
                false, ServiceProcess.DEFAULT_JVM_OPTIONS, 2, Duration.ofSeconds(120), null);
    }

    public ServicePorts ports(PlatformApp app) {
        return switch (app) {
            case GATEWAY -> gateway;
            case DIRECTORY -> directory;
            case VOLUNTEERS -> volunteers;
            case MATCHING -> matching;
            case REPORTING -> reporting;
        };
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** Keycloak is unzipped below this directory. */
    public Path keycloakInstallDir() {
        return dataDir.resolve("keycloak");
    }

    public String issuerUri() {
        return "http://localhost:" + keycloakPort + "/realms/" + KeycloakServer.REALM;
    }

    public String kafkaBrokers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String mongoUri(PlatformApp app) {
        return "mongodb://127.0.0.1:" + mongoPort + "/onderop-" + app.shortName();
    }

    public String gatewayUrl() {
        return "http://localhost:" + gateway.http();
    }

    public DevStackConfig withDataDir(Path newDataDir) {
        return new DevStackConfig(repoRoot, newDataDir, keycloakZip, keycloakPort, keycloakManagementPort, kafkaPort,
                mongoPort, mongoInMemory, gateway, directory, volunteers, matching, reporting, demoData,
                serviceJvmOptions, serviceStartParallelism, readinessTimeout, redisProbe);
    }

    public DevStackConfig withDemoData(boolean newDemoData) {
        return new DevStackConfig(repoRoot, dataDir, keycloakZip, keycloakPort, keycloakManagementPort, kafkaPort,
                mongoPort, mongoInMemory, gateway, directory, volunteers, matching, reporting, newDemoData,
                serviceJvmOptions, serviceStartParallelism, readinessTimeout, redisProbe);
    }

    public DevStackConfig withServiceJvmOptions(List<String> options) {
        return new DevStackConfig(repoRoot, dataDir, keycloakZip, keycloakPort, keycloakManagementPort, kafkaPort,
                mongoPort, mongoInMemory, gateway, directory, volunteers, matching, reporting, demoData,
                options, serviceStartParallelism, readinessTimeout, redisProbe);
    }

    public DevStackConfig withServiceStartParallelism(int parallelism) {
        return new DevStackConfig(repoRoot, dataDir, keycloakZip, keycloakPort, keycloakManagementPort, kafkaPort,
                mongoPort, mongoInMemory, gateway, directory, volunteers, matching, reporting, demoData,
                serviceJvmOptions, Math.max(1, parallelism), readinessTimeout, redisProbe);
    }

    public DevStackConfig withRedisProbe(RedisProbe probe) {
        return new DevStackConfig(repoRoot, dataDir, keycloakZip, keycloakPort, keycloakManagementPort, kafkaPort,
                mongoPort, mongoInMemory, gateway, directory, volunteers, matching, reporting, demoData,
                serviceJvmOptions, serviceStartParallelism, readinessTimeout, probe);
    }
}
