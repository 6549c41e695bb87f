package nl.onderop.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis of the gateway's browser sessions and rate limits in the dev stack: the one that answers at
 * {@link DevStackConfig#redisProbe()} ({@code ONDEROP_REDIS_HOST}:{@code ONDEROP_REDIS_PORT}, default
 * localhost:6379, e.g. the machine's own);
 * else a {@code redis-server} of the dev stack's own on a free port, data in {@code <data dir>/redis}, stopped
 * with the other children; else none, and the gateway keeps sessions and rate limits in memory. A Redis the dev
 * stack did not start is never stopped by it.
 */
public final class DevRedis {

    static final List<Path> REDIS_SERVER_CANDIDATES = List.of(Path.of("/usr/bin/redis-server"),
            Path.of("/usr/local/bin/redis-server"));

    private static final Logger log = LoggerFactory.getLogger(DevRedis.class);

    /** What the dev stack does about Redis. */
    public enum Kind {
        /** A Redis already answers: the gateway uses it. */
        EXISTING,
        /** None answers, {@code redis-server} is installed: the dev stack starts one of its own. */
        OWN,
        /** Neither: the gateway runs with sessions and rate limits in memory. */
        NONE
    }

    /**
     * The decision, and where the gateway finds the Redis ({@code host}/{@code port} unused for {@link Kind#NONE}).
     *
     * @param probedHost where the dev stack looked first
     * @param probedPort and on which port
     */
    public record Decision(Kind kind, String host, int port, String probedHost, int probedPort) {

        /** The gateway's variables: its Redis, or none (then it runs in memory). */
        public Map<String, String> gatewayEnvironment() {
            Map<String, String> env = new LinkedHashMap<>();
            if (kind != Kind.NONE) {
                env.put("SPRING_DATA_REDIS_HOST", host);
                env.put("SPRING_DATA_REDIS_PORT", Integer.toString(port));
            }
            return env;
        }

        /** One line for the log and the banner. */
        public String describe() {
            return switch (kind) {
                case EXISTING -> "Redis at " + host + ":" + port + " (found, not started by the dev stack): the gateway's "
                        + "sessions and rate limits are kept there";
                case OWN -> "Redis of the dev stack at " + host + ":" + port + " (none answered at " + probedHost + ":"
                        + probedPort + "): the gateway's sessions and rate limits are kept there";
                case NONE -> "No Redis (none answered at " + probedHost + ":" + probedPort + ", redis-server is not "
                        + "installed): the gateway keeps sessions and rate limits in memory, a restart signs everyone out";
            };
        }
    }

    private final Path dataDir;
    private final Path logFile;
    private Decision decision;
    private Process process;

    public DevRedis(Path dataDir, Path logFile) {
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    /**
     * The decision logic, without side effects: {@code answers} tells whether a Redis answers PING at a host and
     * port, {@code freePort} gives the port for a Redis of our own.
     */
    static Decision decide(String host, int port, BiPredicate<String, Integer> answers, boolean redisServerInstalled,
                           IntSupplier freePort) {
        if (answers.test(host, port)) {
            return new Decision(Kind.EXISTING, host, port, host, port);
        }
        if (redisServerInstalled) {
            return new Decision(Kind.OWN, "127.0.0.1", freePort.getAsInt(), host, port);
        }
        return new Decision(Kind.NONE, null, 0, host, port);
    }

    /** Decides, starts a Redis of our own if that is the decision, and says once which it is. */
    public synchronized Decision start(String host, int port) {
        if (decision != null) {
            return decision;
        }
        Decision decided = decide(host, port, DevRedis::answersPing, redisServer() != null, Ports::freePort);
        if (decided.kind() == Kind.OWN) {
            launch(decided.port());
        }
        log.info(decided.describe());
        decision = decided;
        return decided;
    }

    private void launch(int port) {
        Path dir = dataDir.resolve("redis");
        try {
            Files.createDirectories(dir);
            Files.createDirectories(logFile.getParent());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        List<String> command = new ArrayList<>(ProcessTree.newSessionPrefix());
        command.addAll(List.of(redisServer().toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "60 1", "--appendonly", "no", "--daemonize", "no"));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot start redis-server", failed);
        }
        ChildProcessGuard.register(process.toHandle());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!answersPing("127.0.0.1", port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("redis-server did not start on port " + port + ":"
                        + System.lineSeparator() + LogFiles.tail(logFile, 0, 20));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting redis-server", interrupted);
            }
        }
    }

    /** Stops the Redis the dev stack started (it saves its data first); one it found is left alone. */
    public synchronized void stop() {
        if (process != null) {
            ProcessHandle handle = process.toHandle();
            ProcessTree.terminate(handle, Duration.ofSeconds(10));
            ChildProcessGuard.unregister(handle);
            process = null;
        }
    }

    public synchronized boolean isRunningOwn() {
        return process != null && process.isAlive();
    }

    static boolean answersPing(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] reply = new byte[7];
            int read = socket.getInputStream().read(reply);
            return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException | RuntimeException none) {
            return false;
        }
    }

    private static Path redisServer() {
        return REDIS_SERVER_CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }
}
