package nl.onderop.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** Polls a URL until it answers 200, failing early when the process behind it dies. */
final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private HttpProbe() {
    }

    /** The status code, or -1 when nothing answers. */
    static int status(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Waits until {@code uri} answers 200.
     *
     * @param what     names the component in failure messages
     * @param process  the process serving the URL; its exit ends the wait
     * @param logTail  the end of the process's log, added to failure messages
     */
    static void awaitOk(URI uri, Duration timeout, String what, ProcessHandle process, Supplier<String> logTail) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (status(uri) == 200) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited before it was ready (" + uri + "). Last log lines:"
                        + System.lineSeparator() + logTail.get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s (" + uri
                        + "). Last log lines:" + System.lineSeparator() + logTail.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, interrupted);
            }
        }
    }
}
