package nl.onderop.platform.web;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Takes the caller's (or the gateway's) {@code X-Request-ID}, or makes one, echoes it on the response and
 * puts it in the Reactor context so that every log line of the request carries it.
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
                .contextWrite(context -> context.put(RequestId.LOG_KEY, requestId));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
