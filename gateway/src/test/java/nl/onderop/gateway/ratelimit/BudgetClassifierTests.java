package nl.onderop.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;

class BudgetClassifierTests {

    @ParameterizedTest(name = "{0} {1} (signed in: {2}) -> {3}")
    @CsvSource({
            "GET,    /api/directory/v1/organizations,            false, PUBLIC_READS",
            "HEAD,   /api/directory/v1/organizations/x,          false, PUBLIC_READS",
            "GET,    /api/directory/hsds/v3/services,            false, PUBLIC_READS",
            "GET,    /api/directory/v1/organizations,            true,  AUTHENTICATED_READS",
            "GET,    /api/matching/v1/matching-runs,             true,  AUTHENTICATED_READS",
            "POST,   /api/directory/v1/organizations,            true,  WRITES",
            "PUT,    /api/volunteers/v1/me,                      true,  WRITES",
            "PATCH,  /api/volunteers/v1/tasks/1,                 true,  WRITES",
            "DELETE, /api/matching/v1/newcomers/1,               true,  WRITES",
            "GET,    /api/volunteers/v1/me/export,               true,  TOKEN_HEAVY",
            "GET,    /api/matching/v1/me/export,                 true,  TOKEN_HEAVY",
            "GET,    /api/matching/v1/me/export/,                true,  TOKEN_HEAVY",
            "POST,   /api/volunteers/v1/volunteer-imports,       true,  TOKEN_HEAVY",
            "POST,   /api/directory/v1/imports,                  true,  TOKEN_HEAVY",
            "POST,   /api/matching/v1/matching-runs,             true,  TOKEN_HEAVY",
            "POST,   /api/matching/v1/candidate-rebuilds,        true,  TOKEN_HEAVY",
            "GET,    /api/directory/v1/exporters,                false, PUBLIC_READS",
            "POST,   /api/matching/v1/matching-runs-archive,     true,  WRITES",
    })
    void sortsEachCallIntoItsBudget(String method, String path, boolean signedIn, Budget expected) {
        assertThat(BudgetClassifier.budgetOf(HttpMethod.valueOf(method), path, signedIn)).isEqualTo(expected);
    }
}
