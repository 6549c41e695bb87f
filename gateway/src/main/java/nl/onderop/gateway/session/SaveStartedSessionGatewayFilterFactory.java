package nl.onderop.gateway.session;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.WebSession;

/**
 * {@code SaveStartedSession}: saves the browser's session before the request goes on to a service (so a token
 * that {@code TokenRelay} just refreshed is stored even if the service's answer is slow), as Spring Cloud
 * Gateway's {@code SaveSession} does, but only a session that was started. Spring Session saves whatever it is
 * handed, so {@code SaveSession} wrote a new, empty session to Redis for every anonymous or bearer-token call.
 */
@Component
public class SaveStartedSessionGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> exchange.getSession()
                .filter(WebSession::isStarted)
                .flatMap(WebSession::save)
                .then(chain.filter(exchange));
    }
}
