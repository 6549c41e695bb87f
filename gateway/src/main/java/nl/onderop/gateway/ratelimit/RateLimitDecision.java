package nl.onderop.gateway.ratelimit;

/**
 * What the budget says about one call.
 *
 * @param budget           the budget it drew on
 * @param limit            calls allowed per window
 * @param calls            calls in the current window, this one included
 * @param resetAfterMillis until the window ends
 */
record RateLimitDecision(Budget budget, long limit, long calls, long resetAfterMillis) {

    boolean allowed() {
        return calls <= limit;
    }

    long remaining() {
        return Math.max(0, limit - calls);
    }

    /** Whole seconds until the window ends, at least one (a client told 0 would retry at once). */
    long resetSeconds() {
        return Math.max(1, (resetAfterMillis + 999) / 1000);
    }
}
