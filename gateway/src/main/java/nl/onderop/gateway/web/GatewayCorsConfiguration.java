package nl.onderop.gateway.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import nl.onderop.platform.web.ApiVersionWebFilter;
import nl.onderop.platform.web.RequestId;

/**
 * CORS for the API, decided here only (the security chain applies it before authentication, so a preflight
 * needs no token). Cross-origin callers use bearer tokens, so credentials (cookies) are not allowed: the
 * browser session is for same-origin pages. Services' own CORS headers are dropped by the routing layer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayCorsProperties.class)
class GatewayCorsConfiguration {

    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayCorsProperties properties) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(properties.allowedOrigins());
        api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, RequestId.HEADER));
        // the rate-limit headers too, so a page of another allowed origin can wait as long as it is told
        api.setExposedHeaders(List.of(ApiVersionWebFilter.HEADER, RequestId.HEADER, HttpHeaders.LOCATION, HttpHeaders.ETAG,
                HttpHeaders.RETRY_AFTER, "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }
}
