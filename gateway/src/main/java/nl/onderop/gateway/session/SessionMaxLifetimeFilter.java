package nl.onderop.gateway.session;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The absolute timeout: a session created longer than {@code maxLifetime} ago is ended before anything reads it,
 * however active it has been, so a stolen or forgotten session cookie stops working after at most that long.
 * Its attributes (security context, tokens) are cleared first, so this request already goes on without a
 * signed-in user, and the response expires the cookie. Runs before Spring Security's filters.
 */
final class SessionMaxLifetimeFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionMaxLifetimeFilter.class);

    private final Duration maxLifetime;
    private final Clock clock;

    SessionMaxLifetimeFilter(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getSession()
                .filter(this::outlived)
                .flatMap(session -> {
                    log.debug("A browser session reached its maximum lifetime of {}; ended", maxLifetime);
                    session.getAttributes().clear();
                    return session.invalidate();
                })
                .then(chain.filter(exchange));
    }

    private boolean outlived(WebSession session) {
        return session.isStarted() && !session.isExpired()
                && !clock.instant().isBefore(session.getCreationTime().plus(maxLifetime));
    }
}
