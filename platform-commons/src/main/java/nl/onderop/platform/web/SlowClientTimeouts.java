package nl.onderop.platform.web;

import java.time.Duration;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import reactor.netty.http.server.HttpServer;

/**
 * Bounds how long a client may take to send a request, so that slow or stalled clients (slowloris) cannot hold
 * connections and memory: at most {@code readTimeout} between two reads of a request, at most
 * {@code requestTimeout} for a whole request body. Idle kept-alive connections close after
 * {@code server.netty.idle-timeout}, and a connection must be set up within {@code server.netty.connection-timeout}
 * (both in the platform defaults).
 */
public record SlowClientTimeouts(Duration readTimeout, Duration requestTimeout) implements NettyServerCustomizer {

    @Override
    public HttpServer apply(HttpServer server) {
        return server.readTimeout(readTimeout).requestTimeout(requestTimeout);
    }
}
