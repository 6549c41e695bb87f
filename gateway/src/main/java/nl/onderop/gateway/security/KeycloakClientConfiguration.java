package nl.onderop.gateway.security;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import nl.onderop.platform.security.OnderopSecurityProperties;

/**
 * The Keycloak client registration, with every endpoint spelled out. Boot's {@code issuer-uri} property would
 * fetch the discovery document at startup, so the gateway could not start before Keycloak; Keycloak's
 * endpoint paths are stable, so we derive them from the issuer instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayOidcProperties.class)
class KeycloakClientConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(GatewayOidcProperties oidc, OnderopSecurityProperties security) {
        return new InMemoryReactiveClientRegistrationRepository(keycloak(oidc, security));
    }

    /** Access and refresh tokens live in the user's server-side session, not in a map keyed by user name. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    static ClientRegistration keycloak(GatewayOidcProperties oidc, OnderopSecurityProperties security) {
        if (security.issuerUri() == null || security.issuerUri().isBlank()) {
            throw new IllegalStateException("Set onderop.security.issuer-uri (ONDEROP_OIDC_ISSUER_URI)");
        }
        String issuer = withoutTrailingSlash(security.issuerUri());
        String publicIssuer = publicIssuer(oidc, security);
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                // PKCE for our confidential client too (OAuth 2.1, BCP for browser-based apps): a stolen code is
                // worthless without the verifier kept in the session. Spring Security 7 defaults to it; we insist.
                .clientSettings(ClientSettings.builder().requireProofKey(true).build())
                .issuerUri(issuer)
                .authorizationUri(publicIssuer + "/protocol/openid-connect/auth")
                .tokenUri(issuer + "/protocol/openid-connect/token")
                .userInfoUri(issuer + "/protocol/openid-connect/userinfo")
                .jwkSetUri(security.effectiveJwkSetUri())
                .userNameAttributeName("preferred_username")
                // Read by the RP-initiated logout handler; normally it comes from the discovery document.
                .providerConfigurationMetadata(Map.of("end_session_endpoint",
                        publicIssuer + "/protocol/openid-connect/logout"))
                .build();
    }

    /** The browser is sent to the public address; the gateway itself talks to Keycloak on the internal one. */
    static String publicIssuer(GatewayOidcProperties oidc, OnderopSecurityProperties security) {
        return oidc.publicIssuerUri() == null || oidc.publicIssuerUri().isBlank()
                ? withoutTrailingSlash(security.issuerUri()) : withoutTrailingSlash(oidc.publicIssuerUri());
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
