package nl.onderop.platform.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;

/**
 * Turns every failure of a request into problem+json, naming the field where one is to blame. Runs before
 * Boot's default error handler, so no stack trace or whitelabel page ever reaches a caller.
 */
public final class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    /** A 404 for an object the caller may not see looks the same as one for an absent object, on purpose. */
    public static final String NOT_FOUND = "access.notFound";

    private final ProblemWriter writer;
    private final AuditLog audit;

    public ProblemExceptionHandler(ProblemWriter writer, AuditLog audit) {
        this.writer = writer;
        this.audit = audit;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ApiProblem problem) {
            return auditAccess(exchange, problem.status()).then(Mono.defer(() ->
                    writer.write(exchange, problem.status(), problem.title(), problem.getMessage(), problem.invalidParams())));
        }
        if (error instanceof WebExchangeBindException bind) {
            return writer.write(exchange, HttpStatus.BAD_REQUEST, "Invalid input",
                    "The request has invalid parameters; see invalidParams.", invalidParams(bind));
        }
        Optional<DataBufferLimitException> tooLarge = cause(error, DataBufferLimitException.class);
        if (tooLarge.isPresent()) {
            return writer.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "The request body exceeds the allowed size.", List.of(new InvalidParam("body", "tooLarge",
                            "The request body exceeds the allowed size.")));
        }
        if (cause(error, JacksonException.class).isPresent() || cause(error, DecodingException.class).isPresent()
                || error instanceof ServerWebInputException body && isBody(body)) {
            return handleBody(exchange, error);
        }
        if (error instanceof ServerWebInputException input) {
            String name = input instanceof MissingRequestValueException missing ? missing.getName()
                    : Optional.ofNullable(input.getMethodParameter()).map(p -> p.getParameterName()).orElse("request");
            return writer.write(exchange, HttpStatus.BAD_REQUEST, "Invalid input",
                    "The request has invalid parameters; see invalidParams.",
                    List.of(new InvalidParam(name, "invalid", "Missing or not of the expected type.")));
        }
        if (error instanceof UnsupportedMediaTypeStatusException) {
            return writer.write(exchange, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send application/json.", List.of());
        }
        if (error instanceof MethodNotAllowedException) {
            return writer.write(exchange, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                    "This method is not allowed on this resource.", List.of());
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatus resolved = resolve(status.getStatusCode());
            String detail = status.getStatusCode().value() == 404 ? "No resource at this address."
                    : status.getReason() != null ? status.getReason() : resolved.getReasonPhrase() + ".";
            return writer.write(exchange, resolved, resolved.getReasonPhrase(), detail, List.of());
        }
        if (cause(error, DuplicateKeyException.class).isPresent()) {
            // a unique index refused a second copy (two creations at the same moment): the client reads and retries
            return writer.write(exchange, HttpStatus.CONFLICT, "Conflict",
                    "This was created by another request at the same moment; read it and retry.", List.of());
        }
        log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return writer.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side. Quote the requestId when you report it.", List.of());
    }

    /** 401, 403 and scoping 404s raised by the services' own access rules go on the audit trail. */
    private Mono<Void> auditAccess(ServerWebExchange exchange, HttpStatus status) {
        String action = switch (status) {
            case UNAUTHORIZED -> ProblemSecurityHandlers.UNAUTHENTICATED;
            case FORBIDDEN -> ProblemSecurityHandlers.FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            default -> null;
        };
        if (action == null) {
            return Mono.empty();
        }
        return exchange.getPrincipal()
                .map(principal -> principal.getName())
                .defaultIfEmpty(AuditEntry.ANONYMOUS)
                .doOnNext(actor -> audit.record(exchange, new AuditEntry(action, actor, null,
                        ProblemSecurityHandlers.path(exchange), AuditOutcome.DENIED)))
                .then();
    }

    private Mono<Void> handleBody(ServerWebExchange exchange, Throwable error) {
        Optional<UnrecognizedPropertyException> unknown = cause(error, UnrecognizedPropertyException.class);
        if (unknown.isPresent()) {
            return badBody(exchange, pathOf(unknown.get()), "unknownField", "This field is not known.");
        }
        Optional<MismatchedInputException> mismatch = cause(error, MismatchedInputException.class);
        if (mismatch.isPresent()) {
            return badBody(exchange, pathOf(mismatch.get()), "wrongType", "This field has the wrong type or format.");
        }
        Optional<StreamReadException> malformed = cause(error, StreamReadException.class);
        if (malformed.isPresent()) {
            return badBody(exchange, "body", "malformedJson", "The body is not well-formed JSON.");
        }
        Optional<JacksonException> other = cause(error, JacksonException.class);
        if (other.isPresent()) {
            String path = pathOf(other.get());
            return badBody(exchange, path, "invalid", "This field could not be read.");
        }
        return badBody(exchange, "body", "missing", "A JSON body is required.");
    }

    private static boolean isBody(ServerWebInputException input) {
        return input.getMethodParameter() != null
                && input.getMethodParameter().hasParameterAnnotation(RequestBody.class);
    }

    private Mono<Void> badBody(ServerWebExchange exchange, String name, String code, String reason) {
        return writer.write(exchange, HttpStatus.BAD_REQUEST, "Invalid input",
                "The request body is invalid; see invalidParams.", List.of(new InvalidParam(name, code, reason)));
    }

    private static String pathOf(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static List<InvalidParam> invalidParams(WebExchangeBindException bind) {
        List<InvalidParam> params = new ArrayList<>();
        for (FieldError fieldError : bind.getFieldErrors()) {
            params.add(new InvalidParam(fieldError.getField(),
                    Optional.ofNullable(fieldError.getCode()).map(ProblemExceptionHandler::lowerFirst).orElse("invalid"),
                    Optional.ofNullable(fieldError.getDefaultMessage()).orElse("Invalid value.")));
        }
        bind.getGlobalErrors().forEach(global -> params.add(new InvalidParam(global.getObjectName(), "invalid",
                Optional.ofNullable(global.getDefaultMessage()).orElse("Invalid value."))));
        return params;
    }

    private static String lowerFirst(String code) {
        return code.isEmpty() ? code : Character.toLowerCase(code.charAt(0)) + code.substring(1);
    }

    private static HttpStatus resolve(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
