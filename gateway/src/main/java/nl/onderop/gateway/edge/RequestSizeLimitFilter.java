package nl.onderop.gateway.edge;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.platform.errors.ProblemWriter;

/**
 * Bounds every request body before it is passed on: a declared {@code Content-Length} above the limit is a 413
 * problem at once; a body without one (chunked) is counted while it streams and cut off at the limit. CSV
 * imports get their own, larger limit. Runs first of all filters, before authentication.
 */
public final class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final DataSize maxRequestSize;
    private final DataSize maxImportSize;
    private final ProblemWriter problems;

    public RequestSizeLimitFilter(DataSize maxRequestSize, DataSize maxImportSize, ProblemWriter problems) {
        this.maxRequestSize = maxRequestSize;
        this.maxImportSize = maxImportSize;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = isImport(request) ? maxImportSize.toBytes() : maxRequestSize.toBytes();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong read = new AtomicLong();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (read.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLargeException());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(BodyTooLargeException.class, tooLarge -> tooLarge(exchange, limit));
    }

    private static boolean isImport(ServerHttpRequest request) {
        return request.getPath().value().endsWith("imports");
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        String detail = "The request body is larger than " + DataSize.ofBytes(limit).toKilobytes() + " KB.";
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "Request body too large", detail,
                List.of(new InvalidParam("body", "tooLarge", detail)));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Raised inside the counted body; never leaves this filter. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super("request body too large", null, false, false);
        }
    }
}
