package nl.onderop.gateway.security;

import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Which requests need a CSRF token: state-changing requests that ride on a browser session. A forged
 * cross-site request can carry the victim's session cookie but never an {@code Authorization} header, so
 * bearer requests are exempt; a request without a live session has nothing to forge and is simply anonymous
 * (and gets its 401, not a confusing 403).
 */
final class SessionCsrfMatcher implements ServerWebExchangeMatcher {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        if (SAFE.contains(exchange.getRequest().getMethod()) || carriesBearerToken(exchange.getRequest())) {
            return MatchResult.notMatch();
        }
        return exchange.getSession().map(WebSession::isStarted)
                .flatMap(live -> live ? MatchResult.match() : MatchResult.notMatch());
    }

    static boolean carriesBearerToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
