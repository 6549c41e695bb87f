package nl.onderop.gateway.ratelimit;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ProblemWriter;

/**
 * Limits every routed call. As a global filter it runs after Spring Security, so the caller is known (and a
 * call without valid credentials was already refused with a 401), and before the call is relayed or a token
 * refreshed. A refused call gets a 429 problem with {@code Retry-After}; every limited response carries the
 * {@code RateLimit-*} headers.
 */
final class RateLimitFilter implements GlobalFilter, Ordered {

    static final String REFUSED_METRIC = "onderop.ratelimit.refused";

    private final CallerBudgets budgets;
    private final ProblemWriter problems;
    private final MeterRegistry meters;
    private final long windowSeconds;

    RateLimitFilter(CallerBudgets budgets, ProblemWriter problems, MeterRegistry meters, RateLimitProperties properties) {
        this.budgets = budgets;
        this.problems = problems;
        this.meters = meters;
        this.windowSeconds = Math.max(1, properties.window().toSeconds());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        return RateLimitedCaller.of(exchange)
                .flatMap(caller -> budgets.draw(
                        BudgetClassifier.budgetOf(request.getMethod(), request.getPath().value(), caller.authenticated()),
                        caller))
                .flatMap(decision -> {
                    RateLimitHeaders.write(exchange.getResponse().getHeaders(), decision);
                    return decision.allowed() ? chain.filter(exchange) : refuse(exchange, decision);
                });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, RateLimitDecision decision) {
        Counter.builder(REFUSED_METRIC).description("Calls refused with 429 because their budget was used up")
                .tag("budget", decision.budget().id()).register(meters).increment();
        String detail = "More than " + decision.limit() + " calls of this kind (" + decision.budget().id() + ") within "
                + windowSeconds + " seconds. Try again in " + decision.resetSeconds() + " seconds.";
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, List.of());
    }

    /** Early among the global filters: before the token relay, which may refresh a browser's access token. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
