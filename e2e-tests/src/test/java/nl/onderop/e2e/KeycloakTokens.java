package nl.onderop.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real tokens from the dev realm (password grant, dev only) and the admin calls the tests need. */
final class KeycloakTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;

    KeycloakTokens(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String password(String clientId, String username) {
        return token("onderop", Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", "demo"));
    }

    String password(String username) {
        return password("onderop-cli", username);
    }

    private String token(String realm, Map<String, String> form) {
        JsonNode body = send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(), 200);
        return body.get("access_token").asString();
    }

    /** A public client with direct grants whose access tokens live {@code seconds} seconds. */
    void createShortLivedClient(String clientId, int seconds) {
        String admin = token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin"));
        String client = JSON.writeValueAsString(Map.of(
                "clientId", clientId,
                "publicClient", true,
                "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false,
                "defaultClientScopes", List.of("basic", "profile", "roles", "onderop-claims"),
                "attributes", Map.of("access.token.lifespan", Integer.toString(seconds))));
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/onderop/clients"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client)).build(), 201);
    }

    private static JsonNode send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
