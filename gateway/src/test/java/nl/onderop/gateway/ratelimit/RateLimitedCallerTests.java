package nl.onderop.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformAuthenticationToken;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.platform.security.PlatformRole;

class RateLimitedCallerTests {

    @Test
    void aBearerCallerIsItsSubjectTogetherWithItsTenants() {
        RateLimitedCaller haarlem = callerOf(bearer("ria", Set.of("haarlem")), "192.0.2.1");
        RateLimitedCaller leiden = callerOf(bearer("ria", Set.of("leiden")), "192.0.2.1");
        RateLimitedCaller both = callerOf(bearer("ria", Set.of("leiden", "haarlem")), "192.0.2.1");

        assertThat(haarlem.authenticated()).isTrue();
        assertThat(haarlem).isNotEqualTo(leiden).isNotEqualTo(both);
        assertThat(callerOf(bearer("ria", Set.of("haarlem")), "192.0.2.99")).as("the address does not matter").isEqualTo(haarlem);
        assertThat(callerOf(bearer("sem", Set.of("haarlem")), "192.0.2.1")).isNotEqualTo(haarlem);
    }

    @Test
    void aBrowserSessionIsItsSignedInUser() {
        RateLimitedCaller alice = callerOf(browser("alice"), "192.0.2.1");

        assertThat(alice.authenticated()).isTrue();
        assertThat(callerOf(browser("alice"), "192.0.2.2")).isEqualTo(alice);
        assertThat(callerOf(browser("bob"), "192.0.2.1")).isNotEqualTo(alice);
    }

    @Test
    void anAnonymousCallerIsItsAddress() {
        RateLimitedCaller one = callerOf(null, "192.0.2.1");

        assertThat(one.authenticated()).isFalse();
        assertThat(callerOf(null, "192.0.2.2")).isNotEqualTo(one);
        assertThat(callerOf(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), "192.0.2.1")).isEqualTo(one);
    }

    @Test
    void anIpv6ClientIsItsSlash64NetworkAndAMappedIpv4AddressItsIpv4Address() {
        assertThat(RateLimitedCaller.anonymous(address("2001:db8:1:2::1")))
                .isEqualTo(RateLimitedCaller.anonymous(address("2001:db8:1:2:ffff::7")))
                .isNotEqualTo(RateLimitedCaller.anonymous(address("2001:db8:1:3::1")));
        assertThat(RateLimitedCaller.anonymous(InetSocketAddress.createUnresolved("[2001:db8:1:2::9]", 80)))
                .isEqualTo(RateLimitedCaller.anonymous(address("2001:db8:1:2::1")));
        assertThat(RateLimitedCaller.anonymous(InetSocketAddress.createUnresolved("::ffff:192.0.2.1", 80)))
                .isEqualTo(RateLimitedCaller.anonymous(address("192.0.2.1")))
                .isNotEqualTo(RateLimitedCaller.anonymous(InetSocketAddress.createUnresolved("::ffff:192.0.2.2", 80)));
        assertThat(RateLimitedCaller.anonymous(null)).isNotNull();
    }

    @Test
    void theKeyHoldsNeitherSubjectNorUserNorAddress() {
        assertThat(callerOf(bearer("ria-subject", Set.of("haarlem")), "192.0.2.1").key())
                .doesNotContain("ria").doesNotContain("haarlem").matches("[0-9a-f]{32}");
        assertThat(callerOf(browser("alice"), "192.0.2.1").key()).doesNotContain("alice");
        assertThat(callerOf(null, "192.0.2.1").key()).doesNotContain("192");
    }

    private static RateLimitedCaller callerOf(Principal principal, String address) {
        ServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/directory/v1/organizations").remoteAddress(address(address)));
        if (principal != null) {
            exchange = exchange.mutate().principal(Mono.just(principal)).build();
        }
        return RateLimitedCaller.of(exchange).block();
    }

    private static PlatformAuthenticationToken bearer(String subject, Set<String> tenants) {
        return new PlatformAuthenticationToken(new PlatformPrincipal(subject, Set.of(PlatformRole.MUNICIPALITY_COORDINATOR),
                tenants, null), null);
    }

    private static OAuth2AuthenticationToken browser(String username) {
        var authorities = AuthorityUtils.createAuthorityList("OIDC_USER");
        return new OAuth2AuthenticationToken(new DefaultOAuth2User(authorities,
                Map.of("preferred_username", username, "sub", List.of(username).hashCode()), "preferred_username"),
                authorities, "keycloak");
    }

    private static InetSocketAddress address(String ip) {
        return new InetSocketAddress(ip, 43210);
    }
}
