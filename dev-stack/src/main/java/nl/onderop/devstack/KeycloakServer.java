package nl.onderop.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak from its distribution zip ({@code org.keycloak:keycloak-quarkus-dist}), run as a child process in
 * development mode with the {@code onderop} realm imported.
 *
 * <p>The database is {@code dev-mem}: the realm JSON in the repository
 * ({@code dev-stack/src/main/resources/keycloak/onderop-realm.json}) is the source of truth for identity and
 * is imported afresh on every start. Changes made in the admin console are lost at a restart: put lasting
 * changes in the realm JSON.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "onderop";
    public static final String VERSION = loadVersion();
    private static final String REALM_RESOURCE = "/keycloak/onderop-realm.json";
    private static final String UNZIPPED_MARKER = ".onderop-unzipped";

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

    private final Path distZip;
    private final Path installParent;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private Duration startTimeout = Duration.ofSeconds(180);
    private String heapOptions;
    private volatile Process process;
    private volatile long startupMillis;

    /**
     * @param distZip        the distribution zip, see {@link #defaultDistZip(Path)}
     * @param installParent  the directory it is unzipped into, once ({@code <dataDir>/keycloak} for the dev stack)
     * @param httpPort       the HTTP port (issuer {@code http://localhost:<httpPort>/realms/onderop})
     * @param managementPort the management port (health and metrics)
     * @param logFile        Keycloak's console output
     */
    public KeycloakServer(Path distZip, Path installParent, int httpPort, int managementPort, Path logFile) {
        this.distZip = distZip.toAbsolutePath().normalize();
        this.installParent = installParent.toAbsolutePath().normalize();
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile.toAbsolutePath().normalize();
    }

    /**
     * The zip that the build copies to {@code <repoRoot>/dev-stack/target/keycloak/}, or else the one in the
     * local Maven repository.
     */
    public static Path defaultDistZip(Path repoRoot) {
        String name = "keycloak-quarkus-dist-" + VERSION + ".zip";
        Path built = repoRoot.resolve("dev-stack/target/keycloak").resolve(name);
        if (Files.isRegularFile(built)) {
            return built;
        }
        Path local = Path.of(System.getProperty("user.home"), ".m2/repository/org/keycloak/keycloak-quarkus-dist", VERSION, name);
        return Files.isRegularFile(local) ? local : built;
    }

    public KeycloakServer startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    /** Heap options for Keycloak's JVM ({@code JAVA_OPTS_KC_HEAP}); Keycloak's default is -Xms64m -Xmx512m. */
    public KeycloakServer heapOptions(String options) {
        this.heapOptions = options;
        return this;
    }

    /** Unzips the distribution if needed, starts Keycloak and waits until the realm's discovery document answers. */
    public KeycloakServer start() {
        long begin = System.nanoTime();
        Process started;
        synchronized (this) {
            if (process != null && process.isAlive()) {
                return this;
            }
            started = launch();
            process = started;
        }
        try {
            HttpProbe.awaitOk(discoveryUri(), startTimeout, "Keycloak", started.toHandle(),
                    () -> LogFiles.tail(logFile, 0, 40));
        } catch (RuntimeException notReady) {
            stop();
            throw notReady;
        }
        startupMillis = (System.nanoTime() - begin) / 1_000_000;
        log.info("Keycloak ready in {} ms", startupMillis);
        return this;
    }

    private Process launch() {
        Ports.requireFree(httpPort, "Keycloak");
        Ports.requireFree(managementPort, "Keycloak management");
        Path home = install();
        copyRealm(home);
        List<String> command = new ArrayList<>(ProcessTree.newSessionPrefix());
        command.addAll(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--hostname=http://localhost:" + httpPort,
                "--import-realm",
                "--db=dev-mem"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.to(prepareLogFile().toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.remove("JAVA_OPTS");
        if (heapOptions != null) {
            env.put("JAVA_OPTS_KC_HEAP", heapOptions);
        }
        log.info("Keycloak {} starting on http://localhost:{} (log {})", VERSION, httpPort, logFile);
        try {
            Process started = builder.start();
            ChildProcessGuard.register(started.toHandle());
            return started;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command), failed);
        }
    }

    private Path prepareLogFile() {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.deleteIfExists(logFile);
            return logFile;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write " + logFile, failed);
        }
    }

    /** Stops Keycloak (also while it is starting): SIGTERM to kc.sh and its java, SIGKILL after 30 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ProcessHandle handle = process.toHandle();
        process = null;
        if (handle.isAlive() && !ProcessTree.terminate(handle, Duration.ofSeconds(30))) {
            log.warn("Keycloak did not stop within 30 s and was killed");
        }
        ChildProcessGuard.unregister(handle);
        log.info("Keycloak stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** The unzipped distribution, {@code <installParent>/keycloak-<version>}; unzips it on first use. */
    public Path install() {
        try {
            Files.createDirectories(installParent);
            Path home = installParent.resolve(topDirectory());
            if (Files.exists(home.resolve(UNZIPPED_MARKER))) {
                return home;
            }
            if (!Files.isRegularFile(distZip)) {
                throw new IllegalStateException("Keycloak distribution not found at " + distZip
                        + ". Build the dev stack first: mvn -B -q -f dev-stack/pom.xml package (from the repository root)");
            }
            deleteRecursively(home);
            log.info("Unzipping {} into {} (once)", distZip.getFileName(), installParent);
            Path staging = installParent.resolve(".unzip-" + UUID.randomUUID());
            unzip(distZip, staging);
            Files.move(staging.resolve(home.getFileName()), home, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(staging);
            makeScriptsExecutable(home.resolve("bin"));
            Files.createFile(home.resolve(UNZIPPED_MARKER));
            return home;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot install Keycloak into " + installParent, failed);
        }
    }

    private String topDirectory() throws IOException {
        if (!Files.isRegularFile(distZip)) {
            return "keycloak-" + VERSION;
        }
        try (ZipFile zip = new ZipFile(distZip.toFile())) {
            String first = zip.entries().nextElement().getName();
            return first.substring(0, first.indexOf('/'));
        }
    }

    private static void unzip(Path zipFile, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("Zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void makeScriptsExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.walk(bin)) {
            for (Path script : files.filter(file -> file.toString().endsWith(".sh")).toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(script);
                permissions.add(PosixFilePermission.OWNER_EXECUTE);
                permissions.add(PosixFilePermission.GROUP_EXECUTE);
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(script, permissions);
            }
        }
    }

    private static void copyRealm(Path home) {
        Path importDir = home.resolve("data/import");
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("Realm " + REALM_RESOURCE + " missing from the classpath");
            }
            Files.createDirectories(importDir);
            Files.copy(realm, importDir.resolve("onderop-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot copy the realm into " + importDir, failed);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path file : all) {
                Files.delete(file);
            }
        }
    }

    private static String loadVersion() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/dev-stack.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException ignored) {
            // fall through to the default
        }
        String version = properties.getProperty("keycloak.version", "");
        return version.isBlank() || version.startsWith("${") ? "26.5.6" : version;
    }

    private URI discoveryUri() {
        return URI.create(issuerUri() + "/.well-known/openid-configuration");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** kc.sh's process; Keycloak's java runs as its child. Null when stopped. */
    public synchronized ProcessHandle process() {
        return process == null ? null : process.toHandle();
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** {@code http://localhost:<port>/realms/onderop} */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public Path logFile() {
        return logFile;
    }

    /** Milliseconds from {@link #start()} until the realm answered (unzip included when it happened). */
    public long startupMillis() {
        return startupMillis;
    }
}
