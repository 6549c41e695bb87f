package nl.onderop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform service, run as {@code java <options> -jar <jar>} with the JVM of this process. Output goes to
 * {@code <logsDir>/<name>.log} (appended, one marker line per start); {@link #start()} returns when
 * {@code http://localhost:<managementPort>/actuator/health/readiness} answers 200.
 */
public final class ServiceProcess {

    /** Small heap, serial GC and C1 only: less memory and a faster start for a development machine. */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final int managementPort;
    private final Path logFile;
    private final Duration readinessTimeout;
    private final String buildHint;
    private Path runDir;
    private Process process;
    private long logOffset;
    private long startupMillis;

    /**
     * @param name             names the log file and messages, e.g. {@code directory-service}
     * @param jar              the executable jar
     * @param environment      added to this process's environment
     * @param jvmOptions       e.g. {@link #DEFAULT_JVM_OPTIONS}
     * @param managementPort   the actuator port to poll for readiness
     * @param logsDir          where {@code <name>.log} goes
     * @param readinessTimeout how long {@link #start()} waits
     * @param buildHint        the command that builds a missing jar, shown in the error
     */
    public ServiceProcess(String name, Path jar, Map<String, String> environment, List<String> jvmOptions,
            int managementPort, Path logsDir, Duration readinessTimeout, String buildHint) {
        this.name = name;
        this.jar = jar.toAbsolutePath().normalize();
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.managementPort = managementPort;
        this.logFile = logsDir.toAbsolutePath().normalize().resolve(name + ".log");
        this.readinessTimeout = readinessTimeout;
        this.buildHint = buildHint;
    }

    /**
     * Runs a copy of the jar kept in {@code dir} (refreshed when the jar changes), so that rebuilding the module
     * while the service runs cannot pull classes out from under it (Maven rewrites the jar in place).
     */
    public ServiceProcess runFromCopyIn(Path dir) {
        this.runDir = dir.toAbsolutePath().normalize();
        return this;
    }

    private Path runnableJar() {
        if (runDir == null) {
            return jar;
        }
        Path copy = runDir.resolve(name + ".jar");
        try {
            if (Files.exists(copy) && Files.size(copy) == Files.size(jar)
                    && Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(jar))) {
                return copy;
            }
            Files.createDirectories(runDir);
            Path partial = runDir.resolve(name + ".jar.partial");
            Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return copy;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot copy " + jar + " to " + runDir, failed);
        }
    }

    /** Fails with a message naming the jar and the build command when the jar does not exist. */
    public void requireJar() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(missingJarMessage());
        }
    }

    String missingJarMessage() {
        return "Missing jar for " + name + ": " + jar + System.lineSeparator() + "  Build it first: " + buildHint;
    }

    /** Starts the service and waits until it is ready; on failure the process is stopped and the log tail reported. */
    public synchronized ServiceProcess start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        requireJar();
        long begin = System.nanoTime();
        List<String> command = new ArrayList<>(ProcessTree.newSessionPrefix());
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(runnableJar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(markLogFile().toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot start " + name, failed);
        }
        ChildProcessGuard.register(process.toHandle());
        log.info("{} starting (pid {}, log {})", name, process.pid(), logFile);
        try {
            HttpProbe.awaitOk(readinessUri(), readinessTimeout, name, process.toHandle(), this::logTail);
        } catch (RuntimeException notReady) {
            kill();
            throw notReady;
        }
        startupMillis = (System.nanoTime() - begin) / 1_000_000;
        log.info("{} ready in {} ms", name, startupMillis);
        return this;
    }

    private Path markLogFile() {
        try {
            Files.createDirectories(logFile.getParent());
            logOffset = LogFiles.size(logFile);
            Files.writeString(logFile, "---- " + Instant.now() + " start " + name + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return logFile;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write " + logFile, failed);
        }
    }

    /** Graceful stop: SIGTERM, then SIGKILL after 30 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ProcessHandle handle = process.toHandle();
        if (handle.isAlive()) {
            log.info("Stopping {}", name);
            if (!ProcessTree.terminate(handle, Duration.ofSeconds(30))) {
                log.warn("{} did not stop within 30 s and was killed", name);
            }
        }
        ChildProcessGuard.unregister(handle);
        process = null;
    }

    /** SIGKILL, as a crash would: no graceful shutdown. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        ProcessHandle handle = process.toHandle();
        ProcessTree.kill(handle);
        ChildProcessGuard.unregister(handle);
        process = null;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The running process, or null. */
    public synchronized ProcessHandle process() {
        return process == null ? null : process.toHandle();
    }

    /** The last 40 lines this run wrote to its log. */
    public String logTail() {
        return LogFiles.tail(logFile, logOffset, 40);
    }

    public URI readinessUri() {
        return URI.create("http://localhost:" + managementPort + "/actuator/health/readiness");
    }

    public String name() {
        return name;
    }

    public Path jar() {
        return jar;
    }

    public Path logFile() {
        return logFile;
    }

    public Map<String, String> environment() {
        return new LinkedHashMap<>(environment);
    }

    /** Milliseconds from the last {@link #start()} until ready. */
    public long startupMillis() {
        return startupMillis;
    }
}
