package nl.onderop.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import nl.onderop.platform.web.RequestId;

/**
 * The audit trail: one line per security-relevant action on the {@code AUDIT} logger, in UTC, as
 * {@code key=value} pairs. Every value is escaped (anything outside a small safe set becomes {@code %XX}),
 * so a crafted id or header can never start a new line or forge a field. The request id and the client
 * address come from the Reactor context that {@link nl.onderop.platform.web.RequestIdWebFilter} fills.
 */
public final class AuditLog {

    public static final String LOGGER = "AUDIT";
    /** Reactor context key for the client address of the current request. */
    public static final String CLIENT_KEY = "auditClient";

    private static final Logger audit = LoggerFactory.getLogger(LOGGER);
    private static final String NONE = "-";

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public AuditLog() {
        this(Clock.systemUTC());
    }

    /** Writes the entry with the request id and client address of the request this Mono runs in. */
    public Mono<Void> record(AuditEntry entry) {
        return Mono.deferContextual(context -> {
            write(entry, value(context, RequestId.LOG_KEY), value(context, CLIENT_KEY));
            return Mono.empty();
        });
    }

    /** Writes the entry for an exchange whose Reactor context is not at hand (security handlers). */
    public void record(ServerWebExchange exchange, AuditEntry entry) {
        write(entry, RequestId.of(exchange).orElse(null), clientOf(exchange));
    }

    /** Writes the entry outside any request (event listeners, scheduled jobs). */
    public void recordNow(AuditEntry entry) {
        write(entry, null, null);
    }

    public static String clientOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    String format(AuditEntry entry, String requestId, String client) {
        return "time=" + Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)
                + " action=" + escape(entry.action())
                + " outcome=" + entry.outcome()
                + " actor=" + escape(entry.actor())
                + " tenant=" + escape(entry.tenant())
                + " object=" + escape(entry.object())
                + " requestId=" + escape(requestId)
                + " client=" + escape(client);
    }

    private void write(AuditEntry entry, String requestId, String client) {
        audit.info(format(entry, requestId, client));
    }

    private static String value(ContextView context, String key) {
        return context.hasKey(key) ? String.valueOf(context.<Object>get(key)) : null;
    }

    /** Keeps {@code A-Z a-z 0-9 . _ : / @ -}; every other byte (UTF-8) becomes {@code %XX}. */
    static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ".-_:/@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
