package nl.onderop.gateway.security;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.session.WebSessionIdResolver;

import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.errors.ProblemSecurityHandlers;
import nl.onderop.platform.errors.ProblemWriter;
import nl.onderop.platform.security.OnderopSecurityProperties;
import nl.onderop.platform.security.PlatformJwtConverter;
import nl.onderop.platform.web.TenantLogContextWebFilter;

/**
 * Who may pass the gateway. API clients send a bearer token, checked here with the same decoder and converter
 * as every service (which check it again: the gateway is not trusted alone). Browsers sign in with OIDC
 * (authorization code + PKCE, see {@link KeycloakClientConfiguration}) and keep a server-side session;
 * {@code TokenRelay} then sends their access token on. The public directory may be read anonymously;
 * everything else under {@code /api} needs a caller. Being the only chain, it switches off the
 * resource-server chain of platform-commons.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GatewaySecurityConfiguration.class);

    static final String LOGIN_PATH = "/oauth2/authorization/" + KeycloakClientConfiguration.REGISTRATION_ID;

    private static final ServerWebExchangeMatcher API = ServerWebExchangeMatchers.pathMatchers("/api/**");

    /**
     * Security headers of the Dutch API Design Rules (/core/transport/security-headers). Spring's writers add a
     * header only when the response does not have it yet, and run just before the response is committed, so
     * a service's own {@code Cache-Control} (public caching of directory reads) survives. HSTS is sent on plain
     * HTTP too: TLS ends at the ingress, and browsers ignore the header on an insecure connection anyway.
     */
    private static final ServerHttpHeadersWriter NO_STORE_UNLESS_SET =
            StaticServerHttpHeadersWriter.builder().header(HttpHeaders.CACHE_CONTROL, "no-store").build();

    private static final ServerHttpHeadersWriter HSTS_ALWAYS =
            StaticServerHttpHeadersWriter.builder().header("Strict-Transport-Security", "max-age=31536000").build();

    /**
     * Only this origin's own scripts, styles, images and API calls; no plugins, no inline script, no framing, no
     * {@code <base>}. Forms post here, and to the identity provider: the sign-out form's answer redirects there,
     * and browsers apply {@code form-action} to that redirect too. The gateway's pages and the portal it will
     * serve need nothing else.
     */
    static String contentSecurityPolicy(String identityProviderOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self' " + identityProviderOrigin
                + "; frame-ancestors 'none'";
    }

    /** {@code scheme://host[:port]} of a URI. */
    static String originOf(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort());
    }

    /** The session cookie, Secure with the __Host- prefix over HTTPS (see {@link BrowserCookies}). */
    @Bean
    WebSessionIdResolver webSessionIdResolver() {
        return BrowserCookies.sessionIdResolver();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder platformJwtDecoder,
                                           PlatformJwtConverter converter, ProblemWriter problems, AuditLog audit,
                                           ReactiveClientRegistrationRepository clientRegistrations,
                                           GatewayOidcProperties oidc, OnderopSecurityProperties security) {
        String policy = contentSecurityPolicy(originOf(KeycloakClientConfiguration.publicIssuer(oidc, security)));
        ServerAuthenticationEntryPoint unauthorized = ProblemSecurityHandlers.unauthorized(problems, audit);
        ServerAccessDeniedHandler forbidden = ProblemSecurityHandlers.forbidden(problems, audit);
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/directory/**").permitAll()
                        .pathMatchers(HttpMethod.HEAD, "/api/directory/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/login/**", "/oauth2/**", "/logout").permitAll()
                        // Matches on the management server only (when its port differs, as it does by default).
                        .matchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .anyExchange().authenticated())
                // A bearer header is always checked, on public paths too: a bad token is a 401, never anonymous.
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(platformJwtDecoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .oauth2Login(login -> login.authenticationFailureHandler(signInFailed(problems)))
                .logout(logout -> logout.logoutSuccessHandler(rpInitiatedLogout(clientRegistrations)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint(unauthorized))
                        .accessDeniedHandler(forbidden))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(BrowserCookies.csrfTokenRepository())
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        .requireCsrfProtectionMatcher(new SessionCsrfMatcher())
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "Forbidden", "A valid CSRF token is required for this request.", List.of())))
                .cors(Customizer.withDefaults())
                .headers(headers -> headers
                        .cache(cache -> cache.disable())
                        .hsts(hsts -> hsts.disable())
                        .writer(NO_STORE_UNLESS_SET)
                        .writer(HSTS_ALWAYS)
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(frames -> frames.mode(Mode.DENY))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new TenantLogContextWebFilter(), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    /** API callers get a 401 problem; only a browser asking for a page is sent to the sign-in. */
    private static ServerAuthenticationEntryPoint entryPoint(ServerAuthenticationEntryPoint unauthorized) {
        MediaTypeServerWebExchangeMatcher browserPage = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        browserPage.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(API, unauthorized),
                new DelegateEntry(browserPage, new RedirectServerAuthenticationEntryPoint(LOGIN_PATH)));
        entryPoint.setDefaultEntryPoint(unauthorized);
        return entryPoint;
    }

    /**
     * Spring's default sends a failed sign-in to {@code /login?error}, a page that exists only with its
     * generated login page (switched off by our entry point). Answer plainly instead of redirecting, which
     * could loop through Keycloak's still-valid session.
     */
    private static ServerAuthenticationFailureHandler signInFailed(ProblemWriter problems) {
        return (filterExchange, failure) -> {
            log.warn("Browser sign-in failed: {}", failure.getMessage());
            return problems.write(filterExchange.getExchange(), HttpStatus.UNAUTHORIZED, "Sign-in failed",
                    "Signing in at the identity provider did not succeed; start again from the home page.", List.of());
        };
    }

    /** Ends the Keycloak session as well, then comes back to the start page. */
    private static ServerLogoutSuccessHandler rpInitiatedLogout(ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }
}
