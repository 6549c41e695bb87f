package nl.onderop.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;

/**
 * Every directory endpoint × every role × own/other organisation × own/other tenant. The table below is the
 * role table of ARCHITECTURE.md for the directory: read it row by row. Each cell is one real HTTP request with
 * a signed token; the test collects every mismatch and reports them all at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryAccessMatrixIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "directory-access-matrix-tests");
    }

    @LocalServerPort
    int port;

    DirectoryApi api;
    String ownSlug;
    String organization;
    String publishedService;
    String draftService;
    final Map<String, String> callers = new LinkedHashMap<>();

    /** Callers, seen from an organisation in Leiden ("own") with Delft as the other tenant. */
    @BeforeEach
    void world() {
        api = new DirectoryApi(port);
        ownSlug = DirectoryApi.uniqueSlug("eigen");
        organization = api.registerOrganization(TOKENS.platformAdmin(), "leiden", ownSlug);
        api.publishOrganization(TOKENS.platformAdmin(), organization);
        publishedService = api.createService(TOKENS.orgCoordinator("leiden", ownSlug), organization,
                DirectoryApi.languageCafe("Taalcafé gepubliceerd"));
        api.publishService(TOKENS.orgCoordinator("leiden", ownSlug), publishedService);
        draftService = api.createService(TOKENS.orgCoordinator("leiden", ownSlug), organization,
                DirectoryApi.languageCafe("Taalcafé concept"));

        callers.clear();
        callers.put("anonymous", null);
        callers.put("newcomer", TOKENS.token("newcomer-test", List.of("newcomer"), List.of("leiden"), ownSlug));
        callers.put("volunteer", TOKENS.volunteer("leiden", ownSlug));
        callers.put("org-coordinator own", TOKENS.orgCoordinator("leiden", ownSlug));
        callers.put("org-coordinator other org", TOKENS.orgCoordinator("leiden", "we-are-leiden"));
        callers.put("org-coordinator other tenant", TOKENS.orgCoordinator("delft", ownSlug));
        callers.put("municipality own", TOKENS.municipalityCoordinator("leiden"));
        callers.put("municipality other", TOKENS.municipalityCoordinator("delft"));
        callers.put("platform-admin", TOKENS.platformAdmin());
    }

    private record Cell(String operation, String caller, int expected, int actual) {
    }

    /** Expected statuses in the order of {@link #callers}. */
    private static int[] row(int anonymous, int newcomer, int volunteer, int own, int otherOrg, int otherTenantOrg,
                             int municipalityOwn, int municipalityOther, int admin) {
        return new int[] {anonymous, newcomer, volunteer, own, otherOrg, otherTenantOrg, municipalityOwn,
                municipalityOther, admin};
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRoleTableSays() {
        Map<String, Object> edit = DirectoryApi.languageCafe("Taalcafé bewerkt");
        List<Cell> mismatches = new ArrayList<>();

        check(mismatches, "GET taxonomies", row(200, 200, 200, 200, 200, 200, 200, 200, 200),
                token -> send(HttpMethod.GET, "/taxonomies/onderop-activities", token, null));
        check(mismatches, "GET published organisation", row(200, 200, 200, 200, 200, 200, 200, 200, 200),
                token -> send(HttpMethod.GET, "/organizations/" + organization, token, null));
        check(mismatches, "GET organisations of Leiden", row(200, 200, 200, 200, 200, 200, 200, 200, 200),
                token -> send(HttpMethod.GET, "/organizations?tenant=leiden", token, null));
        check(mismatches, "GET search", row(200, 200, 200, 200, 200, 200, 200, 200, 200),
                token -> send(HttpMethod.GET, "/services?q=taalcafe", token, null));
        check(mismatches, "POST organisation in Leiden", row(401, 403, 403, 403, 403, 403, 201, 403, 201),
                token -> send(HttpMethod.POST, "/organizations", token, Map.of("tenant", "leiden",
                        "slug", DirectoryApi.uniqueSlug("matrix"), "name", "Matrix", "type", "initiative")));
        check(mismatches, "GET published service", row(200, 200, 200, 200, 200, 200, 200, 200, 200),
                token -> send(HttpMethod.GET, "/services/" + publishedService, token, null));
        check(mismatches, "GET draft service", row(404, 404, 404, 200, 404, 404, 200, 404, 200),
                token -> send(HttpMethod.GET, "/services/" + draftService, token, null));
        check(mismatches, "GET organisation's services", row(200, 200, 200, 200, 200, 200, 200, 200, 200),
                token -> send(HttpMethod.GET, "/organizations/" + organization + "/services", token, null));
        check(mismatches, "POST service to organisation", row(401, 403, 403, 201, 403, 403, 201, 403, 403),
                token -> send(HttpMethod.POST, "/organizations/" + organization + "/services", token,
                        DirectoryApi.languageCafe("Nieuw taalcafé")));
        check(mismatches, "PUT draft service", row(401, 404, 404, 200, 404, 404, 200, 404, 403),
                token -> send(HttpMethod.PUT, "/services/" + draftService, token, edit));
        check(mismatches, "PUT published service", row(401, 403, 403, 200, 403, 403, 200, 403, 403),
                token -> send(HttpMethod.PUT, "/services/" + publishedService, token, edit));
        check(mismatches, "PUT publication of a fresh draft", row(401, 404, 404, 200, 404, 404, 200, 404, 403),
                token -> send(HttpMethod.PUT, "/services/" + freshDraft() + "/publication", token,
                        Map.of("status", "published")));
        check(mismatches, "POST verification", row(401, 403, 403, 403, 403, 403, 201, 403, 403),
                token -> send(HttpMethod.POST, "/services/" + publishedService + "/verifications", token, null));
        check(mismatches, "PUT organisation", row(401, 403, 403, 200, 403, 403, 200, 403, 200),
                token -> send(HttpMethod.PUT, "/organizations/" + organization, token,
                        Map.of("name", "Testinitiatief " + ownSlug, "type", "initiative",
                                "website", "https://eigen.example")));
        check(mismatches, "PUT organisation publication", row(401, 403, 403, 403, 403, 403, 200, 403, 200),
                token -> send(HttpMethod.PUT, "/organizations/" + organization + "/publication", token,
                        Map.of("status", "published")));
        check(mismatches, "GET insights of Leiden", row(401, 403, 403, 403, 403, 403, 200, 403, 403),
                token -> send(HttpMethod.GET, "/insights?tenant=leiden", token, null));
        check(mismatches, "GET stale services of Leiden", row(401, 403, 403, 200, 200, 403, 200, 403, 403),
                token -> send(HttpMethod.GET, "/stale-services?tenant=leiden", token, null));

        assertThat(mismatches).as("cells where the answer differs from the role table").isEmpty();
    }

    @Test
    void draftsAppearInTheOrganisationsListOnlyForItsEditors() {
        Map<String, Boolean> seesDraft = new LinkedHashMap<>();
        callers.forEach((caller, token) -> seesDraft.put(caller, send(HttpMethod.GET,
                "/organizations/" + organization + "/services", token, null).getResponseBody().contains(draftService)));

        assertThat(seesDraft).containsEntry("anonymous", false).containsEntry("newcomer", false)
                .containsEntry("volunteer", false).containsEntry("org-coordinator own", true)
                .containsEntry("org-coordinator other org", false).containsEntry("org-coordinator other tenant", false)
                .containsEntry("municipality own", true).containsEntry("municipality other", false)
                .containsEntry("platform-admin", true);
    }

    @Test
    void staleListOfAnOrganisationHoldsOnlyItsOwnEntries() {
        String body = send(HttpMethod.GET, "/stale-services?tenant=leiden",
                TOKENS.orgCoordinator("leiden", "we-are-leiden"), null).getResponseBody();
        assertThat(body).contains("\"tenant\":\"leiden\"").doesNotContain(publishedService);
    }

    private String freshDraft() {
        return api.createService(TOKENS.orgCoordinator("leiden", ownSlug), organization,
                DirectoryApi.languageCafe("Taalcafé in voorbereiding"));
    }

    private void check(List<Cell> mismatches, String operation, int[] expected,
                       Function<String, EntityExchangeResult<String>> request) {
        int i = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            EntityExchangeResult<String> result = request.apply(caller.getValue());
            int actual = result.getStatus().value();
            if (actual != expected[i]) {
                mismatches.add(new Cell(operation, caller.getKey(), expected[i], actual));
            } else if (actual >= 400) {
                assertThat(result.getResponseHeaders().getContentType()).as(operation + " / " + caller.getKey())
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
            i++;
        }
    }

    private EntityExchangeResult<String> send(HttpMethod method, String path, String token, Object body) {
        WebTestClient.RequestBodySpec spec = api.client().method(method).uri(DirectoryApi.BASE + path)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                });
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return ready.exchange().expectBody(String.class).returnResult();
    }
}
