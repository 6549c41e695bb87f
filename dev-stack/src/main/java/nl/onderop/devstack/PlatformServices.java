package nl.onderop.devstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Launches the platform's applications from their jars with the environment that connects them to the dev
 * stack's Mongo, Kafka and Keycloak. Tests can add variables per application and restart or crash one.
 */
public final class PlatformServices implements AutoCloseable {

    /** Development-only client secret of the gateway, the same as in the realm JSON. */
    static final String GATEWAY_DEV_SECRET = "onderop-gateway-dev-secret";

    private final DevStackConfig config;
    private final Map<PlatformApp, Map<String, String>> extraEnv = new EnumMap<>(PlatformApp.class);
    private final Map<String, String> commonEnv = new LinkedHashMap<>();
    private final Map<String, String> gatewayRedisEnv = new LinkedHashMap<>();
    private final Map<PlatformApp, ServiceProcess> running = new EnumMap<>(PlatformApp.class);

    public PlatformServices(DevStackConfig config) {
        this.config = config;
    }

    /** Adds variables for one application (used from its next start); they override the defaults. */
    public synchronized PlatformServices extraEnv(PlatformApp app, Map<String, String> env) {
        extraEnv.computeIfAbsent(app, key -> new LinkedHashMap<>()).putAll(env);
        return this;
    }

    /** Adds variables for every application (used from their next start). */
    public synchronized PlatformServices commonEnv(Map<String, String> env) {
        commonEnv.putAll(env);
        return this;
    }

    /** The gateway's Redis ({@link DevRedis.Decision#gatewayEnvironment()}), used from its next start. */
    public synchronized PlatformServices gatewayRedis(Map<String, String> env) {
        gatewayRedisEnv.clear();
        gatewayRedisEnv.putAll(env);
        return this;
    }

    /** The full environment an application gets. */
    public synchronized Map<String, String> environment(PlatformApp app) {
        Map<String, String> env = new LinkedHashMap<>();
        DevStackConfig.ServicePorts ports = config.ports(app);
        env.put("SERVER_PORT", Integer.toString(ports.http()));
        env.put("ONDEROP_MANAGEMENT_PORT", Integer.toString(ports.management()));
        env.put("ONDEROP_OIDC_ISSUER_URI", config.issuerUri());
        if (app == PlatformApp.GATEWAY) {
            for (PlatformApp service : PlatformApp.services()) {
                env.put(service.gatewayUriVariable(), "http://127.0.0.1:" + config.ports(service).http());
            }
            env.put("ONDEROP_GATEWAY_CLIENT_SECRET", GATEWAY_DEV_SECRET);
            env.putAll(gatewayRedisEnv);
        } else {
            env.put("ONDEROP_MONGODB_URI", config.mongoUri(app));
            env.put("ONDEROP_KAFKA_BROKERS", config.kafkaBrokers());
            env.put("ONDEROP_DEMO_DATA", Boolean.toString(config.demoData()));
        }
        env.putAll(commonEnv);
        env.putAll(extraEnv.getOrDefault(app, Map.of()));
        return env;
    }

    /** The command that builds the jars, for error messages. */
    public String buildCommand() {
        return "cd " + config.repoRoot() + " && mvn -B -q -DskipTests install";
    }

    ServiceProcess newProcess(PlatformApp app) {
        return new ServiceProcess(app.module(), app.jar(config.repoRoot()), environment(app), config.serviceJvmOptions(),
                config.ports(app).management(), config.logsDir(), config.readinessTimeout(), buildCommand())
                .runFromCopyIn(config.dataDir().resolve("run"));
    }

    /** Fails with one message naming every missing jar and the build command. */
    public void requireJars(Collection<PlatformApp> apps) {
        List<String> missing = apps.stream().map(app -> app.jar(config.repoRoot()))
                .filter(jar -> !java.nio.file.Files.isRegularFile(jar)).map(Object::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing service jar(s):" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", missing) + System.lineSeparator()
                    + "Build them first: " + buildCommand() + System.lineSeparator()
                    + "(or start only Mongo, Kafka and Keycloak with --infra-only)");
        }
    }

    /** Starts one application (if not running) and waits until it is ready. */
    public ServiceProcess start(PlatformApp app) {
        ServiceProcess process;
        synchronized (this) {
            process = running.get(app);
            if (process != null && process.isAlive()) {
                return process;
            }
            process = newProcess(app);
            running.put(app, process);
        }
        try {
            return process.start();
        } catch (RuntimeException failed) {
            synchronized (this) {
                running.remove(app, process);
            }
            throw failed;
        }
    }

    /** Starts the four services ({@code serviceStartParallelism} at a time), then the gateway. */
    public void startAll() {
        requireJars(List.of(PlatformApp.values()));
        startServices();
        start(PlatformApp.GATEWAY);
    }

    /** Starts the four services behind the gateway, {@code serviceStartParallelism} at a time. */
    public void startServices() {
        requireJars(PlatformApp.services());
        ExecutorService pool = Executors.newFixedThreadPool(config.serviceStartParallelism());
        try {
            List<Future<ServiceProcess>> started = new ArrayList<>();
            for (PlatformApp app : PlatformApp.services()) {
                started.add(pool.submit(() -> start(app)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<ServiceProcess> future : started) {
                try {
                    future.get();
                } catch (ExecutionException failed) {
                    failures.add(failed.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException(String.join(System.lineSeparator(), failures));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the services", interrupted);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Graceful stop of one application. */
    public void stop(PlatformApp app) {
        ServiceProcess process;
        synchronized (this) {
            process = running.remove(app);
        }
        if (process != null) {
            process.stop();
        }
    }

    /** SIGKILL for one application, as a crash would. */
    public void kill(PlatformApp app) {
        ServiceProcess process;
        synchronized (this) {
            process = running.remove(app);
        }
        if (process != null) {
            process.kill();
        }
    }

    /** Graceful stop, then start with the current environment (including extra variables added meanwhile). */
    public ServiceProcess restart(PlatformApp app) {
        stop(app);
        return start(app);
    }

    public synchronized Optional<ServiceProcess> process(PlatformApp app) {
        return Optional.ofNullable(running.get(app));
    }

    /** Running applications, in start order. */
    public synchronized List<ServiceProcess> running() {
        return running.values().stream().filter(ServiceProcess::isAlive).collect(Collectors.toList());
    }

    /** Stops the gateway first, then the services. */
    public void stopAll() {
        stop(PlatformApp.GATEWAY);
        List<PlatformApp> services = new ArrayList<>(PlatformApp.services());
        services.parallelStream().forEach(this::stop);
    }

    @Override
    public void close() {
        stopAll();
    }

    public String url(PlatformApp app) {
        return "http://localhost:" + config.ports(app).http();
    }

    public String managementUrl(PlatformApp app) {
        return "http://localhost:" + config.ports(app).management();
    }
}
