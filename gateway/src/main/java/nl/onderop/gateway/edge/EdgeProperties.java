package nl.onderop.gateway.edge;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the gateway accepts from the network in front of it.
 *
 * @param trustedProxies  addresses (a regular expression, as Spring Cloud Gateway's {@code trusted-proxies})
 *                        whose {@code Forwarded}/{@code X-Forwarded-*} headers are believed: the ingress
 * @param maxRequestSize  the largest request body the gateway passes on
 * @param maxImportSize   the largest body of a CSV import (the volunteer service's own limit is 16 MB)
 */
@ConfigurationProperties("onderop.gateway.edge")
public record EdgeProperties(String trustedProxies, DataSize maxRequestSize, DataSize maxImportSize) {

    public EdgeProperties {
        trustedProxies = trustedProxies == null || trustedProxies.isBlank() ? "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1" : trustedProxies;
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
        maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(17) : maxImportSize;
    }

    Pattern trustedProxyPattern() {
        return Pattern.compile(trustedProxies);
    }
}
