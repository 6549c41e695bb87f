package nl.onderop.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's own OIDC client at Keycloak, for browser sign-in (ONDEROP_GATEWAY_CLIENT_ID,
 * ONDEROP_GATEWAY_CLIENT_SECRET, ONDEROP_OIDC_PUBLIC_ISSUER_URI). The issuer itself is
 * {@code onderop.security.issuer-uri}, shared with every resource server.
 *
 * @param clientId        the confidential client's id
 * @param clientSecret    its secret
 * @param publicIssuerUri the issuer as a browser reaches it, when that differs from the address the gateway
 *                        uses (in Kubernetes: the ingress host versus the in-cluster service); blank = the issuer
 */
@ConfigurationProperties("onderop.gateway.oidc")
public record GatewayOidcProperties(String clientId, String clientSecret, String publicIssuerUri) {

    public GatewayOidcProperties {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("Set onderop.gateway.oidc.client-id (ONDEROP_GATEWAY_CLIENT_ID)");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("Set onderop.gateway.oidc.client-secret (ONDEROP_GATEWAY_CLIENT_SECRET)");
        }
    }
}
