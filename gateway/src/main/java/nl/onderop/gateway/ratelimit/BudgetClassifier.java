package nl.onderop.gateway.ratelimit;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * Which budget a request draws on. Token-heavy calls come first (an export is a GET, an import a POST), then
 * writes, then reads: anonymous reads are the public directory's, all others a signed-in caller's.
 */
final class BudgetClassifier {

    private static final Set<HttpMethod> WRITE_METHODS =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** Collections whose every POST starts a long-running job (paths of the services' controllers). */
    private static final List<String> HEAVY_WRITE_SUFFIXES = List.of(
            "/imports",                // any CSV import
            "/volunteer-imports",      // POST /api/volunteers/v1/volunteer-imports
            "/matching-runs",          // POST /api/matching/v1/matching-runs
            "/candidate-rebuilds");    // POST /api/matching/v1/candidate-rebuilds

    private BudgetClassifier() {
    }

    static Budget budgetOf(HttpMethod method, String path, boolean authenticated) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        boolean write = WRITE_METHODS.contains(method);
        if (trimmed.endsWith("/export") || write && HEAVY_WRITE_SUFFIXES.stream().anyMatch(trimmed::endsWith)) {
            return Budget.TOKEN_HEAVY;
        }
        if (write) {
            return Budget.WRITES;
        }
        return authenticated ? Budget.AUTHENTICATED_READS : Budget.PUBLIC_READS;
    }
}
