package nl.onderop.devstack;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine: Mongo (MongoDB-wire server with an H2 file), Kafka (KRaft broker) and
 * Keycloak, then the four services and the gateway from their jars. {@link #main} is the README's run command
 * ({@code bin/run-dev}); end-to-end tests use the same class with {@link DevStackConfig#forTests}.
 */
public final class DevStack implements AutoCloseable {

    private final Logger log = LoggerFactory.getLogger(DevStack.class);
    private final DevStackConfig config;
    private final EmbeddedMongo mongo;
    private final EmbeddedKafka kafka;
    private final KeycloakServer keycloak;
    private final PlatformServices services;
    private final DevRedis redis;
    private volatile DevRedis.Decision redisDecision;
    private volatile boolean appsStarted;
    private long startupMillis = -1;
    private boolean stopped;

    public DevStack(DevStackConfig config) {
        this.config = config;
        this.mongo = config.mongoInMemory()
                ? EmbeddedMongo.inMemory(config.mongoPort())
                : EmbeddedMongo.persistent(config.dataDir(), config.mongoPort());
        this.kafka = new EmbeddedKafka(config.kafkaPort());
        this.keycloak = new KeycloakServer(config.keycloakZip(), config.keycloakInstallDir(), config.keycloakPort(),
                config.keycloakManagementPort(), config.logsDir().resolve("keycloak.log"));
        this.services = new PlatformServices(config);
        this.redis = new DevRedis(config.dataDir(), config.logsDir().resolve("redis.log"));
    }

    /** Starts everything: infrastructure, the four services, the gateway. Stops what it started if anything fails. */
    public DevStack start() {
        return start(true);
    }

    /** Starts only Mongo, Kafka and Keycloak (services can then be started through {@link #services()}). */
    public DevStack startInfrastructure() {
        return start(false);
    }

    private DevStack start(boolean withApps) {
        long begin = System.nanoTime();
        if (withApps) {
            services.requireJars(List.of(PlatformApp.values()));
        }
        requirePortsFree(withApps);
        ExecutorService keycloakThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "keycloak-start"));
        // Keycloak takes the longest (20-35 s): it starts first, in parallel with the rest.
        CompletableFuture<KeycloakServer> keycloakReady = CompletableFuture.supplyAsync(keycloak::start, keycloakThread);
        try {
            mongo.start();
            kafka.start();
            if (withApps) {
                // The services need Mongo and Kafka at start-up; they and the gateway need Keycloak only for the
                // first request (key set and endpoints are fetched lazily), so they start while Keycloak boots.
                services.startServices();
                startRedisForTheGateway();
                services.start(PlatformApp.GATEWAY);
                appsStarted = true;
            }
            join(keycloakReady);
        } catch (RuntimeException failed) {
            stop();
            // a Keycloak start still in progress ends when its process is stopped; stop again in case it began late
            keycloakReady.handle((ready, error) -> null).join();
            keycloak.stop();
            throw failed;
        } finally {
            keycloakThread.shutdown();
        }
        startupMillis = (System.nanoTime() - begin) / 1_000_000;
        return this;
    }

    /** The gateway's sessions and rate limits: a Redis found or started (see {@link DevRedis}), or memory. */
    private void startRedisForTheGateway() {
        DevStackConfig.RedisProbe probe = config.redisProbe();
        if (probe == null) {
            log.info("Redis: none for this stack; the gateway keeps sessions and rate limits in memory");
            return;
        }
        redisDecision = redis.start(probe.host(), probe.port());
        services.gatewayRedis(redisDecision.gatewayEnvironment());
    }

    private static void join(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
        }
    }

    private void requirePortsFree(boolean withApps) {
        List<String> taken = new ArrayList<>();
        check(taken, config.keycloakPort(), "Keycloak");
        check(taken, config.keycloakManagementPort(), "Keycloak management");
        check(taken, config.kafkaPort(), "Kafka");
        check(taken, config.mongoPort(), "MongoDB");
        if (withApps) {
            for (PlatformApp app : PlatformApp.values()) {
                check(taken, config.ports(app).http(), app.module());
                check(taken, config.ports(app).management(), app.module() + " management");
            }
        }
        if (!taken.isEmpty()) {
            throw new IllegalStateException(String.join(System.lineSeparator(), taken));
        }
    }

    private static void check(List<String> taken, int port, String what) {
        try {
            Ports.requireFree(port, what);
        } catch (IllegalStateException inUse) {
            taken.add(inUse.getMessage());
        }
    }

    /**
     * Stops the gateway, the services, the Redis the dev stack started (never one it found), Keycloak, Kafka and
     * Mongo, in that order. Safe to call twice.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (!services.running().isEmpty()) {
            log.info("Stopping gateway and services");
        }
        quietly(services::stopAll);
        if (redis.isRunningOwn()) {
            log.info("Stopping the dev stack's Redis");
        }
        quietly(redis::stop);
        if (keycloak.isRunning()) {
            log.info("Stopping Keycloak");
        }
        quietly(keycloak::stop);
        if (kafka.isRunning()) {
            log.info("Stopping Kafka");
        }
        quietly(kafka::stop);
        if (mongo.isRunning()) {
            log.info("Stopping MongoDB-wire server");
        }
        quietly(mongo::stop);
    }

    private void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failed) {
            log.warn("While stopping: {}", failed.getMessage());
        }
    }

    @Override
    public void close() {
        stop();
    }

    public DevStackConfig config() {
        return config;
    }

    public EmbeddedMongo mongo() {
        return mongo;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public PlatformServices services() {
        return services;
    }

    /** Milliseconds from {@link #start()} until everything was healthy; -1 before. */
    public long startupMillis() {
        return startupMillis;
    }

    /** Resident memory of this JVM plus all its child processes (Keycloak's java included), in KiB. */
    public long residentMemoryKib() {
        return ProcessTree.treeResidentKib(ProcessHandle.current());
    }

    /** Resident memory per process, in KiB: this JVM, Keycloak (kc.sh and its java), each service. */
    public List<String> residentMemoryBreakdown() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-30s %6d MiB", "dev stack JVM (Mongo, Kafka)", ProcessTree.residentKib(ProcessHandle.current().pid()) / 1024));
        ProcessHandle keycloakProcess = keycloak.process();
        if (keycloakProcess != null) {
            lines.add(String.format("%-30s %6d MiB", "Keycloak", ProcessTree.treeResidentKib(keycloakProcess) / 1024));
        }
        for (ServiceProcess service : services.running()) {
            ProcessHandle handle = service.process();
            if (handle != null) {
                lines.add(String.format("%-30s %6d MiB", service.name(), ProcessTree.treeResidentKib(handle) / 1024));
            }
        }
        return lines;
    }

    /** What runs where, the demo accounts and how to get a token. */
    public String banner() {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(nl).append("==== Onderop dev stack ====").append(nl);
        if (appsStarted) {
            out.append("Gateway (start here)   ").append(config.gatewayUrl()).append(nl);
            for (PlatformApp app : PlatformApp.services()) {
                out.append(String.format("  %-20s %s  (behind the gateway: /api/%s/v1)%n", app.module(), services.url(app),
                        app == PlatformApp.REPORTING ? "reports" : app.shortName()));
            }
            out.append("Management (health, /actuator/prometheus):").append(nl);
            for (PlatformApp app : PlatformApp.values()) {
                out.append(String.format("  %-20s %s/actuator/prometheus%n", app.module(), services.managementUrl(app)));
            }
        } else {
            out.append("Infrastructure only (no services started).").append(nl);
        }
        out.append("Keycloak               ").append(keycloak.baseUrl()).append("  (admin console: admin / admin)").append(nl);
        out.append("  realm issuer         ").append(keycloak.issuerUri()).append(nl);
        out.append("  management           http://localhost:").append(config.keycloakManagementPort()).append(nl);
        out.append("MongoDB                ").append(mongo.connectionString()).append("  (databases onderop-<service>)").append(nl);
        out.append("Kafka                  ").append(kafka.brokers()).append(nl);
        // Without one, DevRedis said so once at start-up.
        if (redisDecision != null && redisDecision.kind() != DevRedis.Kind.NONE) {
            out.append("Redis                  ").append(redisDecision.describe()).append(nl);
        }
        out.append("Data dir               ").append(config.dataDir()).append(nl);
        out.append("Logs                   ").append(config.logsDir()).append(nl);
        out.append(nl).append("Demo accounts (password: demo):").append(nl);
        out.append("  platform admin       admin").append(nl);
        out.append("  municipality (regie) regie.haarlem, regie.leiden, regie.delft").append(nl);
        out.append("  coordinators Haarlem coord.vluchtelingenwerk-nwh, coord.wereldkeuken, coord.haarlem-mozaiek").append(nl);
        out.append("  coordinators Leiden  coord.vluchtelingenwerk-leiden, coord.we-are-leiden, coord.ekklesia-taalgroep").append(nl);
        out.append("  coordinators Delft   coord.taalhuis-dok, coord.delftse-buur, coord.engineers-for-refugees").append(nl);
        out.append("  volunteers           vrijwilliger1.<city>, vrijwilliger2.<city>  (city: haarlem, leiden, delft)").append(nl);
        out.append("  newcomers            nieuwkomer.<city>").append(nl);
        out.append("Identity comes from the realm JSON (dev-stack/src/main/resources/keycloak/onderop-realm.json),")
                .append(nl).append("re-imported at every start: changes made in the admin console do not survive a restart.").append(nl);
        out.append(nl).append("A token for regie.leiden:").append(nl);
        out.append("  curl -s -d grant_type=password -d client_id=onderop-cli -d username=regie.leiden -d password=demo ")
                .append(keycloak.tokenEndpoint()).append(nl);
        out.append(nl).append(String.format("Started in %.1f s; resident memory %d MiB in total:%n",
                startupMillis / 1000.0, residentMemoryKib() / 1024));
        residentMemoryBreakdown().forEach(line -> out.append("  ").append(line).append(nl));
        out.append("Stop with Ctrl-C.").append(nl);
        return out.toString();
    }

    /**
     * The run command. Options: {@code --repo-root=<dir>} (default: derived from this jar's location),
     * {@code --infra-only} (Mongo, Kafka and Keycloak only). Environment: see
     * {@link DevStackConfig#fromEnvironment}.
     */
    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-devstack.xml");
        }
        Path repoRoot = null;
        boolean infraOnly = false;
        for (String arg : args) {
            if (arg.startsWith("--repo-root=")) {
                repoRoot = Path.of(arg.substring("--repo-root=".length()));
            } else if (arg.equals("--infra-only")) {
                infraOnly = true;
            } else {
                System.err.println("Usage: java -jar dev-stack/target/dev-stack.jar [--repo-root=<dir>] [--infra-only]");
                System.exit(arg.equals("--help") || arg.equals("-h") ? 0 : 2);
            }
        }
        if (repoRoot == null) {
            repoRoot = guessRepoRoot();
        }
        ChildProcessGuard.disable();
        DevStackConfig config = DevStackConfig.fromEnvironment(repoRoot, System.getenv());
        DevStack stack = new DevStack(config);
        Logger log = LoggerFactory.getLogger(DevStack.class);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "dev-stack-stop"));
        log.info("Onderop dev stack, repository {}", config.repoRoot());
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            if (infraOnly) {
                stack.startInfrastructure();
            } else {
                stack.start();
            }
        } catch (RuntimeException failed) {
            log.error("Dev stack did not start:{}{}", System.lineSeparator(), failed.getMessage());
            System.exit(1);
        }
        System.out.print(stack.banner());
        System.out.printf("From JVM launch until healthy: %.1f s%n%n", (System.currentTimeMillis() - jvmStart) / 1000.0);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** {@code <repo>/dev-stack/target/dev-stack.jar} → {@code <repo>}; else the working directory. */
    static Path guessRepoRoot() {
        String property = System.getProperty("onderop.repo.root", System.getenv("ONDEROP_REPO_ROOT"));
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            Path location = Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = location.getParent() == null ? null : location.getParent().getParent();
            if (candidate != null && candidate.getFileName() != null
                    && candidate.getFileName().toString().equals("dev-stack")
                    && Files.isRegularFile(candidate.resolveSibling("pom.xml"))) {
                return candidate.getParent();
            }
        } catch (URISyntaxException | RuntimeException unknown) {
            // fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
