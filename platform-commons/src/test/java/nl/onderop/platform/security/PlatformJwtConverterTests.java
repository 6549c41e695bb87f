package nl.onderop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import nl.onderop.platform.web.TenantRegistry;

class PlatformJwtConverterTests {

    private final PlatformJwtConverter converter = new PlatformJwtConverter(new TenantRegistry(List.of()));

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void readsKeycloakShapedClaimsAndIgnoresUnknownRoles() {
        PlatformPrincipal principal = converter.toPrincipal(jwt(Map.of(
                "realm_access", Map.of("roles", List.of("org-coordinator", "offline_access", "default-roles-onderop")),
                "tenants", List.of("delft"),
                "org", "taalhuis-dok")));

        assertThat(principal.subject()).isEqualTo("user-1");
        assertThat(principal.roles()).containsExactly(PlatformRole.ORG_COORDINATOR);
        assertThat(principal.tenants()).containsExactly("delft");
        assertThat(principal.organization()).isEqualTo("taalhuis-dok");
        assertThat(principal.isMemberOf("delft", "taalhuis-dok")).isTrue();
        assertThat(principal.isMemberOf("haarlem", "taalhuis-dok")).isFalse();
        assertThat(principal.soleTenant()).contains("delft");
    }

    @Test
    void anOrganisationTokenWithSeveralTenantsIsRefused() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("org-coordinator")),
                "tenants", List.of("delft", "leiden"), "org", "taalhuis-dok"));
        assertThatThrownBy(() -> converter.convert(jwt).block()).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void anOrganisationTokenWithoutTenantIsRefused() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("volunteer")), "org", "taalhuis-dok"));
        assertThatThrownBy(() -> converter.convert(jwt).block()).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aTenantThisInstallationDoesNotServeIsRefused() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("municipality-coordinator")),
                "tenants", List.of("haarlem", "atlantis")));
        assertThatThrownBy(() -> converter.convert(jwt).block()).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aPlatformAdminMayActInSeveralTenantsWithoutOrganisation() {
        var token = (PlatformAuthenticationToken) converter.convert(jwt(Map.of(
                "realm_access", Map.of("roles", List.of("platform-admin")),
                "tenants", List.of("haarlem", "leiden", "delft")))).block();
        assertThat(token.getPrincipal().tenants()).containsExactlyInAnyOrder("haarlem", "leiden", "delft");
    }

    @Test
    void aTokenWithoutClaimsGivesNoRightsAtAll() {
        PlatformPrincipal principal = converter.toPrincipal(jwt(Map.of("scope", "openid")));
        assertThat(principal.roles()).isEmpty();
        assertThat(principal.tenants()).isEmpty();
        assertThat(principal.organizationSlug()).isEmpty();
    }

    @Test
    void aSingleTenantStringIsAccepted() {
        PlatformPrincipal principal = converter.toPrincipal(jwt(Map.of("tenants", "haarlem",
                "realm_access", Map.of("roles", List.of("municipality-coordinator")))));
        assertThat(principal.soleTenant()).contains("haarlem");
        assertThat(principal.has(PlatformRole.MUNICIPALITY_COORDINATOR)).isTrue();
    }

    @Test
    void authoritiesAreTheRoles() {
        var token = (PlatformAuthenticationToken) converter.convert(jwt(Map.of(
                "realm_access", Map.of("roles", List.of("volunteer"))))).block();
        assertThat(token.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_volunteer");
        assertThat(token.getName()).isEqualTo("user-1");
        assertThat(token.isAuthenticated()).isTrue();
    }
}
