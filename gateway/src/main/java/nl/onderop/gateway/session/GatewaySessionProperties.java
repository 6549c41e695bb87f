package nl.onderop.gateway.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of a browser session besides its idle timeout ({@code server.reactive.session.timeout},
 * ONDEROP_SESSION_TIMEOUT).
 *
 * @param maxLifetime how long a session may last at most, however active (ONDEROP_SESSION_MAX_LIFETIME,
 *                    default 12 hours): then the user signs in again
 */
@ConfigurationProperties("onderop.gateway.session")
public record GatewaySessionProperties(Duration maxLifetime) {

    public GatewaySessionProperties {
        if (maxLifetime == null) {
            maxLifetime = Duration.ofHours(12);
        }
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("onderop.gateway.session.max-lifetime must be positive, was " + maxLifetime);
        }
    }
}
