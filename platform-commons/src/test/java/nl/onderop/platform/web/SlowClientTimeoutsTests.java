package nl.onderop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** A real Netty server with the customizer applied, and a client that stops sending halfway through its body. */
class SlowClientTimeoutsTests {

    @Test
    void aClientThatStallsInTheMiddleOfItsRequestIsCutOff() throws Exception {
        HttpServer server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> request.receive().aggregate().asString()
                        .flatMap(body -> response.sendString(Mono.just("read " + body.length())).then()));
        DisposableServer running = new SlowClientTimeouts(Duration.ofMillis(500), Duration.ofSeconds(5)).apply(server)
                .bindNow();
        try (Socket socket = new Socket("127.0.0.1", running.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n" + "a".repeat(10))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readAllBytes();
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(new String(answer, StandardCharsets.US_ASCII)).doesNotContain("read ");
            assertThat(waited).as("closed by the read timeout, not by the client's own").isLessThan(Duration.ofSeconds(5));
        } finally {
            running.disposeNow();
        }
    }
}
