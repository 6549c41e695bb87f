package nl.onderop.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a result against the problem with {@link IndependentRules}, not with the engine's own code: every
 * proposal feasible, capacities kept, nothing declined, alternatives feasible and not chosen, sums right, order
 * right.
 */
final class ResultChecks {

    private ResultChecks() {
    }

    static void assertValid(MatchingProblem problem, MatchingResult result, String label) {
        Map<String, Seeker> seekers = new HashMap<>();
        problem.seekers().forEach(seeker -> seekers.put(seeker.id(), seeker));
        Map<String, Candidate> candidates = new HashMap<>();
        problem.candidates().forEach(candidate -> candidates.put(candidate.id(), candidate));
        Rules rules = problem.rules();
        Weights weights = problem.weights();
        MatchingEngine engine = new MatchingEngine();

        Map<String, Integer> seekerUse = new HashMap<>();
        Map<String, Integer> candidateUse = new HashMap<>();
        Map<String, Set<String>> chosen = new HashMap<>();
        long total = 0;
        for (Proposal proposal : result.proposals()) {
            String pair = label + ": " + proposal.seekerId() + "/" + proposal.candidateId();
            Seeker seeker = seekers.get(proposal.seekerId());
            Candidate candidate = candidates.get(proposal.candidateId());
            assertThat(seeker).as(pair + " seeker exists").isNotNull();
            assertThat(candidate).as(pair + " candidate exists").isNotNull();
            assertThat(IndependentRules.sharedLanguage(seeker, candidate, rules)).as(pair + " shared language").isTrue();
            assertThat(IndependentRules.commonSlot(seeker, candidate, rules)).as(pair + " common slot").isTrue();
            assertThat(IndependentRules.near(seeker, candidate, rules)).as(pair + " district rule").isTrue();
            assertThat(IndependentRules.preferences(seeker, candidate)).as(pair + " preferences").isTrue();
            assertThat(seeker.declinedCandidates()).as(pair + " not declined").doesNotContain(candidate.id());
            assertThat(candidate.capacity()).as(pair + " candidate has places").isPositive();
            assertThat(chosen.computeIfAbsent(seeker.id(), id -> new HashSet<>()).add(candidate.id()))
                    .as(pair + " proposed once").isTrue();
            seekerUse.merge(seeker.id(), 1, Integer::sum);
            candidateUse.merge(candidate.id(), 1, Integer::sum);

            assertThat(proposal.criteria()).extracting(CriterionScore::criterion).as(pair + " criteria")
                    .containsExactly(Criterion.values());
            int sum = 0;
            for (CriterionScore score : proposal.criteria()) {
                assertThat(score.score()).as(pair + " " + score.criterion()).isBetween(0, 100);
                assertThat(score.weight()).as(pair + " weight").isEqualTo(weights.weight(score.criterion()));
                assertThat(score.weighted()).as(pair + " weighted").isEqualTo(score.score() * score.weight());
                sum += score.weighted();
            }
            assertThat(proposal.totalScore()).as(pair + " total = sum of weighted").isEqualTo(sum);
            assertThat(proposal.constraintsMet()).as(pair + " constraints")
                    .anyMatch(code -> code.startsWith("shared-language:"))
                    .anyMatch(code -> code.startsWith("common-slot:"))
                    .anyMatch(code -> code.startsWith("district:") || code.startsWith("distance:"))
                    .contains("capacity", "preferences", "not-declined");
            total += proposal.totalScore();
        }
        seekerUse.forEach((id, use) -> assertThat(use).as(label + ": capacity of seeker " + id)
                .isLessThanOrEqualTo(seekers.get(id).capacity()));
        candidateUse.forEach((id, use) -> assertThat(use).as(label + ": capacity of candidate " + id)
                .isLessThanOrEqualTo(candidates.get(id).capacity()));
        assertThat(result.totalScore()).as(label + ": total score").isEqualTo(total);

        // alternatives: feasible, not chosen, best first (ties by id), each with the pair's own score, and no
        // better feasible candidate left out
        Map<String, Map<String, Integer>> feasibleScores = new HashMap<>();
        for (Proposal proposal : result.proposals()) {
            String pair = label + ": " + proposal.seekerId() + "/" + proposal.candidateId();
            Seeker seeker = seekers.get(proposal.seekerId());
            Map<String, Integer> scores = feasibleScores.computeIfAbsent(seeker.id(), id -> {
                Map<String, Integer> byCandidate = new HashMap<>();
                for (Candidate candidate : candidates.values()) {
                    if (IndependentRules.feasible(seeker, candidate, rules)) {
                        byCandidate.put(candidate.id(),
                                engine.evaluate(seeker, candidate, rules, weights).orElseThrow().totalScore());
                    }
                }
                return byCandidate;
            });
            assertThat(proposal.alternatives().size()).as(pair + " alternatives").isLessThanOrEqualTo(rules.alternatives());
            for (Alternative alternative : proposal.alternatives()) {
                assertThat(scores).as(pair + " alternative " + alternative.candidateId() + " feasible")
                        .containsKey(alternative.candidateId());
                assertThat(chosen.get(seeker.id())).as(pair + " alternative not chosen")
                        .doesNotContain(alternative.candidateId());
                assertThat(scores.get(alternative.candidateId())).as(pair + " alternative score")
                        .isEqualTo(alternative.totalScore());
            }
            assertThat(proposal.alternatives()).as(pair + " alternatives best first")
                    .isSortedAccordingTo(Comparator.comparingInt(Alternative::totalScore).reversed()
                            .thenComparing(Alternative::candidateId));
            List<Integer> others = new ArrayList<>();
            scores.forEach((candidateId, score) -> {
                if (!chosen.get(seeker.id()).contains(candidateId)) {
                    others.add(score);
                }
            });
            others.sort(Comparator.reverseOrder());
            assertThat(proposal.alternatives()).extracting(Alternative::totalScore).as(pair + " the best others")
                    .containsExactlyElementsOf(others.subList(0, Math.min(others.size(), rules.alternatives())));
        }

        // order and unmatched seekers
        assertThat(result.proposals()).as(label + ": proposals sorted")
                .isSortedAccordingTo(Comparator.comparing(Proposal::seekerId).thenComparing(Proposal::candidateId));
        Set<String> unmatched = new TreeSet<>(seekers.keySet());
        unmatched.removeAll(chosen.keySet());
        assertThat(result.unmatchedSeekers()).as(label + ": unmatched seekers").containsExactlyElementsOf(unmatched);
    }

    /** The number of feasible pairs, by testing every pair. */
    static int feasiblePairs(MatchingProblem problem) {
        int count = 0;
        for (Seeker seeker : problem.seekers()) {
            for (Candidate candidate : problem.candidates()) {
                count += IndependentRules.feasible(seeker, candidate, problem.rules()) ? 1 : 0;
            }
        }
        return count;
    }
}
