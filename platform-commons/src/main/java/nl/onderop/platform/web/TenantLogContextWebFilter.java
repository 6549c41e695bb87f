package nl.onderop.platform.web;

import java.util.TreeSet;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;

/**
 * After authentication, puts the caller's tenant(s) in the Reactor context so that log lines carry them.
 * Runs inside the security chain (registered there), never logs the subject or the token.
 */
public final class TenantLogContextWebFilter implements WebFilter {

    public static final String LOG_KEY = "tenant";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.getPrincipal() instanceof PlatformPrincipal)
                .map(authentication -> String.join(",", new TreeSet<>(((PlatformPrincipal) authentication.getPrincipal()).tenants())))
                .defaultIfEmpty("")
                .flatMap(tenants -> chain.filter(exchange)
                        .contextWrite(context -> tenants.isEmpty() ? context : context.put(LOG_KEY, tenants)));
    }
}
