package nl.onderop.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Accepts the CSRF token the way each kind of browser client sends it: a script copies the raw value of the
 * {@code XSRF-TOKEN} cookie into the {@code X-XSRF-TOKEN} header; a server-rendered form posts the masked
 * (BREACH-safe) value that Spring put in the page.
 */
final class SpaCsrfTokenRequestHandler extends ServerCsrfTokenRequestAttributeHandler {

    private final XorServerCsrfTokenRequestAttributeHandler masked = new XorServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
        masked.handle(exchange, csrfToken);
    }

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
        return header != null ? Mono.just(header) : masked.resolveCsrfTokenValue(exchange, csrfToken);
    }
}
