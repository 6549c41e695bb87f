package nl.onderop.platform.config;

import java.time.Duration;

import io.micrometer.context.ContextRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.errors.ProblemExceptionHandler;
import nl.onderop.platform.errors.ProblemWriter;
import nl.onderop.platform.web.ApiVersionWebFilter;
import nl.onderop.platform.web.MdcContextAccessor;
import nl.onderop.platform.web.OpenApiDocument;
import nl.onderop.platform.web.RequestId;
import nl.onderop.platform.web.RequestIdWebFilter;
import nl.onderop.platform.web.SlowClientTimeouts;
import nl.onderop.platform.web.TenantLogContextWebFilter;
import nl.onderop.platform.web.TenantRegistry;

/** problem+json errors, request ids, the API-Version header and log context, for the gateway and every service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(TenantRegistry.class)
public class PlatformWebAutoConfiguration {

    static {
        ContextRegistry registry = ContextRegistry.getInstance();
        registry.registerThreadLocalAccessor(new MdcContextAccessor(RequestId.LOG_KEY));
        registry.registerThreadLocalAccessor(new MdcContextAccessor(TenantLogContextWebFilter.LOG_KEY));
    }

    @Bean
    @ConditionalOnMissingBean
    AuditLog auditLog() {
        return new AuditLog();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    @Order(-2)
    ProblemExceptionHandler problemExceptionHandler(ProblemWriter problemWriter, AuditLog auditLog) {
        return new ProblemExceptionHandler(problemWriter, auditLog);
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.reactor.netty.NettyServerCustomizer")
    SlowClientTimeouts slowClientTimeouts(@Value("${onderop.server.read-timeout:30s}") Duration readTimeout,
                                          @Value("${onderop.server.request-timeout:120s}") Duration requestTimeout) {
        return new SlowClientTimeouts(readTimeout, requestTimeout);
    }

    @Bean
    RequestIdWebFilter requestIdWebFilter() {
        return new RequestIdWebFilter();
    }

    @Bean
    @ConditionalOnProperty({"onderop.api.base-path", "onderop.api.openapi-document"})
    RouterFunction<ServerResponse> openApiDocument(@Value("${onderop.api.base-path}") String basePath,
                                                   @Value("${onderop.api.openapi-document}") String location) {
        return OpenApiDocument.route(basePath, location);
    }

    @Bean
    ApiVersionWebFilter apiVersionWebFilter(@Value("${onderop.api.version:1.0.0}") String version) {
        return new ApiVersionWebFilter(version);
    }
}
