package nl.onderop.gateway.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A service that cannot be reached is a 502 problem for the caller (and one warning line for the operator),
 * not a 500 with a stack trace: the gateway itself is fine.
 */
final class UnreachableServiceFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnreachableServiceFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).onErrorMap(UnreachableServiceFilter::unreachable, error -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            log.warn("Service of route {} unreachable: {}", route == null ? "?" : route.getId(), error.toString());
            return new ResponseStatusException(HttpStatus.BAD_GATEWAY, "The service is unreachable.", error);
        });
    }

    private static boolean unreachable(Throwable error) {
        return error instanceof ConnectException || error instanceof UnknownHostException;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
