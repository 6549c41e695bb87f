package nl.onderop.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Draws one call from a caller's budget: every budget of every caller has a counter of its own. */
final class CallerBudgets {

    static final String KEY_PREFIX = "onderop:ratelimit:";

    private final WindowCounter counter;
    private final RateLimitProperties properties;

    CallerBudgets(WindowCounter counter, RateLimitProperties properties) {
        this.counter = counter;
        this.properties = properties;
    }

    Mono<RateLimitDecision> draw(Budget budget, RateLimitedCaller caller) {
        long limit = properties.limitOf(budget);
        return counter.increment(KEY_PREFIX + budget.id() + ":" + caller.key(), properties.window())
                .map(count -> new RateLimitDecision(budget, limit, count.calls(), count.resetAfterMillis()));
    }
}
