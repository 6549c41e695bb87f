package nl.onderop.gateway.ratelimit;

/**
 * A caller's calls in the current window of one budget, this one included.
 *
 * @param calls            how many calls the window has seen
 * @param resetAfterMillis how long until the window ends and the count starts again
 */
record WindowCount(long calls, long resetAfterMillis) {
}
