package nl.onderop.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Spring creates the CSRF token lazily; this makes sure the {@code XSRF-TOKEN} cookie reaches every browser
 * that has a session (and so will need it), and no API client or anonymous reader of the public directory.
 */
final class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null || SessionCsrfMatcher.carriesBearerToken(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return exchange.getSession()
                .filter(WebSession::isStarted)
                .flatMap(session -> token)
                .then(chain.filter(exchange));
    }
}
