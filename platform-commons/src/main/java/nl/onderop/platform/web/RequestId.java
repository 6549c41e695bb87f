package nl.onderop.platform.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The request id that follows a call from the gateway through every service and into their logs. */
public final class RequestId {

    public static final String HEADER = "X-Request-ID";
    public static final String ATTRIBUTE = RequestId.class.getName();
    public static final String LOG_KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestId() {
    }

    /** Keeps a well-formed incoming id, otherwise makes a new one (never trusts arbitrary text into logs). */
    public static String acceptOrCreate(String incoming) {
        if (incoming != null && ACCEPTED.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }
}
