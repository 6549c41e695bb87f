package nl.onderop.platform.errors;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

/** 401 and 403 answers of the security filter chain, as problem+json. */
public final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    public static ServerAuthenticationEntryPoint unauthorized(ProblemWriter writer) {
        return (exchange, exception) -> {
            boolean invalidToken = exception instanceof OAuth2AuthenticationException;
            // RFC 6750: say why when a token was sent but refused; never echo the token or the validator's reason
            exchange.getResponse().getHeaders().set("WWW-Authenticate",
                    invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            return writer.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    invalidToken ? "The bearer token is invalid or expired." : "A valid bearer token is required.",
                    List.of());
        };
    }

    public static ServerAccessDeniedHandler forbidden(ProblemWriter writer) {
        return (exchange, denied) -> writer.write(exchange, HttpStatus.FORBIDDEN, "Forbidden",
                "Your role does not allow this.", List.of());
    }
}
