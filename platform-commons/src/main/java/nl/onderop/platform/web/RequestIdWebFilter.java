package nl.onderop.platform.web;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import nl.onderop.platform.audit.AuditLog;

/**
 * Takes the caller's (or the gateway's) {@code X-Request-ID}, or makes one, echoes it on the response and
 * puts it in the Reactor context so that every log line of the request carries it; the client address goes
 * there too, for the audit trail.
 */
public final class RequestIdWebFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestId.HEADER));
        exchange.getAttributes().put(RequestId.ATTRIBUTE, requestId);
        exchange.getResponse().getHeaders().set(RequestId.HEADER, requestId);
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(RequestId.HEADER, requestId))
                .build();
        return chain.filter(exchange.mutate().request(request).build())
                .contextWrite(context -> {
                    String client = AuditLog.clientOf(exchange);
                    var withId = context.put(RequestId.LOG_KEY, requestId);
                    return client == null ? withId : withId.put(AuditLog.CLIENT_KEY, client);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
