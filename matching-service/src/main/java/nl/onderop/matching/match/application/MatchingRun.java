package nl.onderop.matching.match.application;

import java.time.Instant;

/**
 * What one matching run did: how many open requests and volunteers it considered, how many pairs were
 * feasible, what it proposed and what a greedy pick (best score first) would have reached on the same input.
 */
public record MatchingRun(String id, String tenant, String organization, String scope, Instant startedAt,
                          long durationMillis, int requests, int candidates, int feasiblePairs, int proposals,
                          int unmatchedRequests, long totalScore, long greedyTotalScore, int greedyUnmatched) {
}
