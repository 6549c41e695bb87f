package nl.onderop.matching.engine;

import java.util.List;

/**
 * The outcome of a run.
 *
 * @param proposals        sorted by seeker id, then candidate id
 * @param unmatchedSeekers ids of the seekers without any proposal, sorted
 * @param totalScore       the sum of the proposals' total scores
 * @param feasiblePairs    how many (seeker, candidate) pairs meet every hard rule
 */
public record MatchingResult(List<Proposal> proposals, List<String> unmatchedSeekers, long totalScore,
        int feasiblePairs) {

    public MatchingResult {
        proposals = List.copyOf(proposals);
        unmatchedSeekers = List.copyOf(unmatchedSeekers);
    }
}
