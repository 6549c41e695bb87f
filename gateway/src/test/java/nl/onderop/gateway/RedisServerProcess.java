package nl.onderop.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} of the test's own on a free port, without persistence: never the machine's Redis.
 * It can be killed and started again on the same port, to show what the gateway does while Redis is gone.
 */
final class RedisServerProcess {

    private static final String REDIS_SERVER = "/usr/bin/redis-server";
    private static final String REDIS_CLI = "/usr/bin/redis-cli";

    private final int port;
    private Process process;

    private RedisServerProcess(int port) {
        this.port = port;
    }

    static RedisServerProcess startOnFreePort() {
        RedisServerProcess redis = new RedisServerProcess(freePort());
        redis.start();
        return redis;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        if (!Files.isExecutable(Path.of(REDIS_SERVER))) {
            throw new IllegalStateException(REDIS_SERVER + " is missing: bin/test installs it (apt-get install redis-server)");
        }
        try {
            process = new ProcessBuilder(REDIS_SERVER, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!answersPing()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("redis-server did not start on port " + port);
            }
            sleep(20);
        }
    }

    /** SIGKILL: Redis is gone at once, as when its pod dies. */
    synchronized void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server did not die");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    synchronized void stop() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /** The keys that match a pattern, read with redis-cli (independent of the gateway's connection). */
    List<String> keys(String pattern) {
        try {
            Process cli = new ProcessBuilder(REDIS_CLI, "-h", "127.0.0.1", "-p", Integer.toString(port),
                    "--scan", "--pattern", pattern).redirectErrorStream(true).start();
            String output;
            try (InputStream out = cli.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!cli.waitFor(10, TimeUnit.SECONDS) || cli.exitValue() != 0) {
                throw new IllegalStateException("redis-cli failed: " + output);
            }
            return Arrays.stream(output.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] reply = new byte[7];
            int read = socket.getInputStream().read(reply);
            return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
