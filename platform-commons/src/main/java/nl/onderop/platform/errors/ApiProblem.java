package nl.onderop.platform.errors;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An expected failure that the caller should see as problem+json. Use the factory methods so that the
 * status and title are the same everywhere.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<InvalidParam> invalidParams;

    public ApiProblem(HttpStatus status, String title, String detail, List<InvalidParam> invalidParams) {
        super(detail);
        this.status = status;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what + " was not found.", List.of());
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required.", List.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    /** An {@code If-Match} that no longer matches: the caller edited an older state (RFC 9110). */
    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", detail, List.of());
    }

    public static ApiProblem invalid(String field, String code, String reason) {
        return invalid(List.of(new InvalidParam(field, code, reason)));
    }

    public static ApiProblem invalid(List<InvalidParam> params) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid input",
                "The request has invalid parameters; see invalidParams.", params);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
