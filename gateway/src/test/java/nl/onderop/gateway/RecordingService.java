package nl.onderop.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP service behind the gateway: it records what it received and answers JSON with the headers an
 * Onderop service sends (API-Version, the request id, public caching on directory reads) plus CORS headers
 * that the gateway must not pass on.
 */
final class RecordingService {

    static final String SERVICE_API_VERSION = "1.4.2";
    static final String DIRECTORY_CACHE_CONTROL = "public, max-age=300";

    private static RecordingService shared;

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Received> received = new ConcurrentLinkedDeque<>();

    /** One request as the service saw it; header names are case-insensitive. */
    record Received(String method, String pathAndQuery, Map<String, List<String>> headers) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name)).map(values -> String.join(", ", values));
        }
    }

    private RecordingService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    static synchronized RecordingService get() {
        if (shared == null) {
            shared = new RecordingService();
        }
        return shared;
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Optional<Received> lastRequestTo(String pathAndQuery) {
        return received.stream().filter(request -> request.pathAndQuery().equals(pathAndQuery)).reduce((first, second) -> second);
    }

    boolean neverReceived(String pathPrefix) {
        return received.stream().noneMatch(request -> request.pathAndQuery().startsWith(pathPrefix));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        String query = exchange.getRequestURI().getRawQuery();
        String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        received.add(new Received(exchange.getRequestMethod(), pathAndQuery, headers));

        var response = exchange.getResponseHeaders();
        response.add("Content-Type", "application/json");
        response.add("API-Version", SERVICE_API_VERSION);
        Optional.ofNullable(headers.get("X-Request-ID")).ifPresent(id -> response.add("X-Request-ID", id.get(0)));
        response.add("Access-Control-Allow-Origin", "*");
        response.add("Access-Control-Allow-Credentials", "true");
        response.add("Vary", "Origin");
        if (pathAndQuery.startsWith("/api/directory/")) {
            response.add("Cache-Control", DIRECTORY_CACHE_CONTROL);
        }
        byte[] json = ("{\"servedPath\":\"" + exchange.getRequestURI().getRawPath() + "\"}").getBytes(StandardCharsets.UTF_8);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
