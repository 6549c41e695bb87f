package nl.onderop.gateway.web;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web origins (scheme, host and port, e.g. {@code https://kaart.haarlem.nl}) whose scripts may call the API
 * from another origin: ONDEROP_CORS_ALLOWED_ORIGINS, comma-separated. Empty: no cross-origin calls at all.
 */
@ConfigurationProperties("onderop.gateway.cors")
public record GatewayCorsProperties(List<String> allowedOrigins) {

    public GatewayCorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        allowedOrigins.forEach(GatewayCorsProperties::requireOrigin);
    }

    private static void requireOrigin(String origin) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("Not an origin in onderop.gateway.cors.allowed-origins: " + origin, malformed);
        }
        boolean plainOrigin = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                && uri.getHost() != null && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!plainOrigin) {
            throw new IllegalArgumentException("onderop.gateway.cors.allowed-origins takes origins like "
                    + "https://app.example.nl (no wildcard, path or trailing slash), not: " + origin);
        }
    }
}
