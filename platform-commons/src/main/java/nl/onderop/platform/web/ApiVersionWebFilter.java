package nl.onderop.platform.web;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Adds the full {@code API-Version} to every API response (Dutch API Design Rules, /core/version-header). */
public final class ApiVersionWebFilter implements WebFilter, Ordered {

    public static final String HEADER = "API-Version";

    private final String version;

    public ApiVersionWebFilter(String version) {
        this.version = version;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            exchange.getResponse().beforeCommit(() -> {
                // a proxied service's own version stands; otherwise this application's
                if (!exchange.getResponse().getHeaders().containsHeader(HEADER)) {
                    exchange.getResponse().getHeaders().set(HEADER, version);
                }
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
