package nl.onderop.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a platform service in {@link ServiceProcessTests}: answers the readiness probe on
 * {@code ONDEROP_MANAGEMENT_PORT} and tells on stdout how it was started and stopped. Packed alone into a jar
 * by the test (no inner classes, so one class file is enough).
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv("ONDEROP_MANAGEMENT_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health/readiness", FakeService::ready);
        server.start();
        System.out.println("fake service up, greeting=" + System.getenv("FAKE_GREETING"));
        Runtime.getRuntime().addShutdownHook(new Thread(FakeService::goodbye));
    }

    private static void ready(HttpExchange exchange) throws IOException {
        byte[] body = "{\"status\":\"UP\"}".getBytes();
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void goodbye() {
        System.out.println("fake service: graceful shutdown");
    }
}
