package nl.onderop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The one Keycloak start of this module's tests (about 30-40 s; the unzipped distribution stays in target/). */
class KeycloakServerTests {

    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void startsFromTheZipWithTheRealmAndIssuesTokensWithTenantsAndAudience() throws Exception {
        int[] ports = Ports.freePorts(2);
        KeycloakServer keycloak = new KeycloakServer(KeycloakServer.defaultDistZip(REPO_ROOT),
                Path.of("target/keycloak-test"), ports[0], ports[1], Path.of("target/keycloak-test/keycloak.log"));
        List<ProcessHandle> tree = new ArrayList<>();
        try {
            keycloak.start();
            tree.add(keycloak.process());
            keycloak.process().descendants().forEach(tree::add);
            // kc.sh runs Keycloak's java as a child, or (after the first-start build step) execs into it
            assertThat(tree).anyMatch(process -> process.info().command().orElse("").endsWith("/java"));

            JsonNode token = accessTokenClaims(keycloak, "regie.leiden", "demo");

            assertThat(token.get("iss").asText()).isEqualTo(keycloak.issuerUri());
            assertThat(texts(token.get("tenants"))).containsExactly("leiden");
            JsonNode audience = token.get("aud");
            List<String> audiences = audience.isArray() ? texts(audience) : List.of(audience.asText());
            assertThat(audiences).contains("onderop-api");
        } finally {
            keycloak.stop();
        }
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    private static JsonNode accessTokenClaims(KeycloakServer keycloak, String username, String password) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "onderop-cli");
        form.put("username", username);
        form.put("password", password);
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ObjectMapper json = new ObjectMapper();
        String accessToken = json.readTree(response.body()).get("access_token").asText();
        byte[] payload = Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]);
        return json.readTree(payload);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
