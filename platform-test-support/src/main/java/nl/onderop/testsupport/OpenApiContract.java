package nl.onderop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a hand-written OpenAPI document honest: every handler under the base path is documented and every
 * documented operation has a handler.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    public static void assertDocumentMatchesHandlers(RequestMappingHandlerMapping mapping, String basePath,
                                                     String classpathDocument) {
        Set<String> handled = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (var pattern : info.getPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString();
                if (!path.startsWith(basePath)) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(method ->
                        handled.add(method.name() + " " + path.substring(basePath.length())));
            }
        }
        Set<String> documented = new TreeSet<>();
        JsonNode paths = read(classpathDocument).path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertThat(documented).as("operations in " + classpathDocument).isEqualTo(handled);
    }

    private static JsonNode read(String classpathDocument) {
        try (InputStream in = new ClassPathResource(classpathDocument).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
