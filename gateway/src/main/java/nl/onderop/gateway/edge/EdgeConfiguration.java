package nl.onderop.gateway.edge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

import nl.onderop.platform.errors.ProblemWriter;

/** What the gateway takes from the network: which forwarded headers to believe, and how large a body may be. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgeProperties.class)
class EdgeConfiguration {

    @Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
    TrustedForwardedHeaderTransformer forwardedHeaderTransformer(EdgeProperties properties) {
        return new TrustedForwardedHeaderTransformer(properties.trustedProxyPattern());
    }

    @Bean
    RequestSizeLimitFilter requestSizeLimitFilter(EdgeProperties properties, ProblemWriter problems) {
        return new RequestSizeLimitFilter(properties.maxRequestSize(), properties.maxImportSize(), problems);
    }
}
