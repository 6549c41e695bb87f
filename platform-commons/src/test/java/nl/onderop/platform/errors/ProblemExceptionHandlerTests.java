package nl.onderop.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.platform.audit.AuditLog;

class ProblemExceptionHandlerTests {

    private final ProblemExceptionHandler handler =
            new ProblemExceptionHandler(new ProblemWriter(JsonMapper.builder().build()), new AuditLog());

    @Test
    void aDuplicateKeyFromAUniqueIndexIsAConflictNotAnInternalError() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.put("/api/x/v1/me"));
        handler.handle(exchange, new RuntimeException(new DuplicateKeyException("E11000 duplicate key"))).block();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":409").doesNotContain("E11000");
    }
}
