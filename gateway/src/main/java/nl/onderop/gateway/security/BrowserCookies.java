package nl.onderop.gateway.security;

import java.util.List;

import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;
import reactor.core.publisher.Mono;

/**
 * The browser's two cookies, the session and the CSRF token. Over HTTPS (directly, or behind a trusted ingress
 * that says so in {@code X-Forwarded-Proto}, see {@code TrustedForwardedHeadersFilter}) they are {@code Secure}
 * and carry the {@code __Host-} prefix, which the browser only accepts from a secure origin, for path {@code /},
 * without a domain: no subdomain and no plain-HTTP page can set or overwrite them. Over plain HTTP (a developer's
 * {@code http://localhost}) they are named {@code SESSION} and {@code XSRF-TOKEN} and not {@code Secure}. The
 * session cookie is {@code HttpOnly} and {@code SameSite=Lax}; the CSRF cookie is readable by the page's script.
 */
final class BrowserCookies {

    static final String SECURE_SESSION = "__Host-SESSION";
    static final String PLAIN_SESSION = "SESSION";
    static final String SECURE_CSRF = "__Host-XSRF-TOKEN";
    static final String PLAIN_CSRF = "XSRF-TOKEN";

    private BrowserCookies() {
    }

    static boolean secure(ServerWebExchange exchange) {
        return "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
    }

    static WebSessionIdResolver sessionIdResolver() {
        CookieWebSessionIdResolver secure = sessionCookie(SECURE_SESSION, true);
        CookieWebSessionIdResolver plain = sessionCookie(PLAIN_SESSION, false);
        return new WebSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(ServerWebExchange exchange) {
                return (secure(exchange) ? secure : plain).resolveSessionIds(exchange);
            }

            @Override
            public void setSessionId(ServerWebExchange exchange, String sessionId) {
                (secure(exchange) ? secure : plain).setSessionId(exchange, sessionId);
            }

            @Override
            public void expireSession(ServerWebExchange exchange) {
                (secure(exchange) ? secure : plain).expireSession(exchange);
            }
        };
    }

    /** A cookie that ends with the browser session; the server ends the session after its idle timeout. */
    private static CookieWebSessionIdResolver sessionCookie(String name, boolean secure) {
        CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName(name);
        resolver.addCookieInitializer(cookie -> cookie.path("/").httpOnly(true).secure(secure).sameSite("Lax"));
        return resolver;
    }

    static ServerCsrfTokenRepository csrfTokenRepository() {
        CookieServerCsrfTokenRepository secure = csrfCookie(SECURE_CSRF, true);
        CookieServerCsrfTokenRepository plain = csrfCookie(PLAIN_CSRF, false);
        return new ServerCsrfTokenRepository() {
            @Override
            public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
                return (secure(exchange) ? secure : plain).generateToken(exchange);
            }

            @Override
            public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
                return (secure(exchange) ? secure : plain).saveToken(exchange, token);
            }

            @Override
            public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
                return (secure(exchange) ? secure : plain).loadToken(exchange);
            }
        };
    }

    private static CookieServerCsrfTokenRepository csrfCookie(String name, boolean secure) {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(name);
        repository.setCookieCustomizer(cookie -> cookie.path("/").secure(secure).sameSite("Lax"));
        return repository;
    }
}
