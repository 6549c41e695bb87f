package nl.onderop.gateway.ratelimit;

/** The separate allowances of a caller; each is counted on its own, so reading never uses up writing. */
public enum Budget {

    /** Anonymous reads of the public directory, counted per client address. */
    PUBLIC_READS("public-reads"),
    /** Reads by a signed-in caller. */
    AUTHENTICATED_READS("authenticated-reads"),
    /** POST, PUT, PATCH and DELETE under {@code /api}. */
    WRITES("writes"),
    /** Calls that cost a service much work per request: exports, CSV imports, matching runs, candidate rebuilds. */
    TOKEN_HEAVY("token-heavy");

    private final String id;

    Budget(String id) {
        this.id = id;
    }

    /** The name in the configuration, the Redis key and the metrics. */
    public String id() {
        return id;
    }
}
