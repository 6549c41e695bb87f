package nl.onderop.directory.hsds.adapter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import nl.onderop.platform.web.OpenApiDocument;

/**
 * The HSDS 3.0 profile of the directory: where it lives and its own OpenAPI document, kept apart from the
 * native one because HSDS names are snake case, which the Dutch API Design Rules lint rejects.
 */
@Configuration(proxyBeanMethods = false)
class HsdsApi {

    static final String BASE = "/api/directory/hsds/v3";
    static final String HSDS_VERSION = "3.0";
    static final String OPENAPI_DOCUMENT = "openapi/directory-hsds-v3.json";

    @Bean
    RouterFunction<ServerResponse> hsdsOpenApiDocument() {
        return OpenApiDocument.route(BASE, OPENAPI_DOCUMENT);
    }
}
