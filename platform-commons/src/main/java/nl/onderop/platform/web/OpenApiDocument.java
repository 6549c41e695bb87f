package nl.onderop.platform.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves a service's OpenAPI document, kept by hand in {@code src/main/resources/openapi/}, at
 * {@code <base-path>/openapi.json}. A test per service checks that the document and the handlers agree.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    public static RouterFunction<ServerResponse> route(String basePath, String classpathLocation) {
        ClassPathResource document = new ClassPathResource(classpathLocation);
        if (!document.exists()) {
            throw new IllegalStateException("OpenAPI document not found on the classpath: " + classpathLocation);
        }
        return RouterFunctions.route()
                .GET(basePath + "/openapi.json", request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(document))
                .build();
    }
}
