package nl.onderop.gateway.routing;

import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the gateway adds to routing; the routes themselves are in application.yml. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    HttpHeadersFilter serviceResponseHeaders() {
        return new ServiceResponseHeaders();
    }

    @Bean
    GlobalFilter unreachableServiceFilter() {
        return new UnreachableServiceFilter();
    }
}
