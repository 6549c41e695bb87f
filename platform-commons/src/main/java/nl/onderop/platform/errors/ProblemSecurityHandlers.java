package nl.onderop.platform.errors;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;

/** 401 and 403 answers of the security filter chain, as problem+json, each on the audit trail. */
public final class ProblemSecurityHandlers {

    public static final String UNAUTHENTICATED = "access.unauthenticated";
    public static final String FORBIDDEN = "access.forbidden";

    private ProblemSecurityHandlers() {
    }

    public static ServerAuthenticationEntryPoint unauthorized(ProblemWriter writer, AuditLog audit) {
        return (exchange, exception) -> {
            boolean invalidToken = exception instanceof OAuth2AuthenticationException;
            audit.record(exchange, new AuditEntry(UNAUTHENTICATED, null, null, path(exchange), AuditOutcome.DENIED));
            // RFC 6750: say why when a token was sent but refused; never echo the token or the validator's reason
            exchange.getResponse().getHeaders().set("WWW-Authenticate",
                    invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            return writer.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    invalidToken ? "The bearer token is invalid or expired." : "A valid bearer token is required.",
                    List.of());
        };
    }

    public static ServerAccessDeniedHandler forbidden(ProblemWriter writer, AuditLog audit) {
        return (exchange, denied) -> exchange.getPrincipal()
                .map(principal -> principal.getName())
                .defaultIfEmpty(AuditEntry.ANONYMOUS)
                .doOnNext(actor -> audit.record(exchange,
                        new AuditEntry(FORBIDDEN, actor, null, path(exchange), AuditOutcome.DENIED)))
                .then(Mono.defer(() -> writer.write(exchange, HttpStatus.FORBIDDEN, "Forbidden",
                        "Your role does not allow this.", List.of())));
    }

    /** The object of an access entry: method and path, without the query (which may hold search text). */
    static String path(ServerWebExchange exchange) {
        return "request:" + exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
    }
}
