package nl.onderop.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.errors.ProblemSecurityHandlers;
import nl.onderop.platform.errors.ProblemWriter;
import nl.onderop.platform.security.CallerAccessController;
import nl.onderop.platform.security.HeaderValueFirewall;
import nl.onderop.platform.security.OnderopSecurityProperties;
import nl.onderop.platform.security.PlatformJwtConverter;
import nl.onderop.platform.security.PlatformJwtDecoders;
import nl.onderop.platform.web.TenantLogContextWebFilter;
import nl.onderop.platform.web.TenantRegistry;

/**
 * Makes every service its own stateless resource server: it validates signature, issuer, expiry and audience
 * itself and never trusts the gateway alone. The gateway declares its own chain, which switches this off.
 */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(OnderopSecurityProperties.class)
@EnableWebFluxSecurity
public class PlatformResourceServerAutoConfiguration {

    @Bean
    @ConditionalOnProperty("onderop.api.base-path")
    CallerAccessController callerAccessController() {
        return new CallerAccessController();
    }

    @Bean
    @ConditionalOnMissingBean
    ServerWebExchangeFirewall platformFirewall() {
        return HeaderValueFirewall.create();
    }

    @Bean
    @ConditionalOnMissingBean
    PlatformJwtConverter platformJwtConverter(TenantRegistry tenantRegistry) {
        return new PlatformJwtConverter(tenantRegistry);
    }

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder platformJwtDecoder(OnderopSecurityProperties properties) {
        return PlatformJwtDecoders.create(properties);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain resourceServerSecurity(ServerHttpSecurity http, OnderopSecurityProperties properties,
                                                  ReactiveJwtDecoder decoder, PlatformJwtConverter converter,
                                                  ProblemWriter problems, AuditLog audit) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers("/actuator/**").permitAll();
                    exchanges.pathMatchers(HttpMethod.GET, "/api/*/v1/openapi.json").permitAll();
                    properties.publicGetPaths().forEach(path -> exchanges.pathMatchers(HttpMethod.GET, path).permitAll());
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized(problems, audit))
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden(problems, audit)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized(problems, audit))
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden(problems, audit)))
                .addFilterAfter(new TenantLogContextWebFilter(), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }
}
