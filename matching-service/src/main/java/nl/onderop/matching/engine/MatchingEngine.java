package nl.onderop.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches seekers with candidates: plain Java, no I/O, stateless and safe to share between threads.
 *
 * <p>{@link #run} finds the assignment with the highest total score that meets every hard rule and capacity
 * (exactly optimal; among equally good assignments the one with the most pairs). {@link #greedy} is the
 * baseline that takes the best remaining pair first. Both give the same result for the same seekers and
 * candidates in any order. The rules and formulas are described in docs/matching-engine.md.
 */
public final class MatchingEngine {

    /** The optimal assignment. */
    public MatchingResult run(MatchingProblem problem) {
        CompiledProblem compiled = new CompiledProblem(problem);
        FeasibleGraph graph = FeasibleGraph.build(compiled);
        boolean[] chosen = OptimalAssignment.solve(graph, seekerCapacities(compiled), candidateCapacities(compiled));
        return result(compiled, graph, chosen);
    }

    /** The greedy baseline: best pair first. */
    public MatchingResult greedy(MatchingProblem problem) {
        CompiledProblem compiled = new CompiledProblem(problem);
        FeasibleGraph graph = FeasibleGraph.build(compiled);
        boolean[] chosen = GreedyAssignment.solve(graph, seekerCapacities(compiled), candidateCapacities(compiled));
        return result(compiled, graph, chosen);
    }

    /**
     * One pair on its own: a proposal (without alternatives) when the pair meets every hard rule, empty when it
     * does not. Capacity here only means that the candidate has a free place.
     */
    public Optional<Proposal> evaluate(Seeker seeker, Candidate candidate, Rules rules, Weights weights) {
        Tokens tokens = new Tokens();
        Profile s = Profile.of(seeker, tokens);
        Profile c = Profile.of(candidate, tokens);
        Rules r = rules == null ? Rules.DEFAULT : rules;
        int[] w = PairRules.weights(weights == null ? Weights.DEFAULT : weights);
        double distanceKm = PairRules.distanceKm(s, c);
        if (!PairRules.feasible(s, c, r, distanceKm)) {
            return Optional.empty();
        }
        return Optional.of(proposal(s, c, r, w, distanceKm, List.of()));
    }

    static int[] seekerCapacities(CompiledProblem problem) {
        int[] capacities = new int[problem.seekers.length];
        for (int s = 0; s < capacities.length; s++) {
            capacities[s] = problem.seekers[s].capacity();
        }
        return capacities;
    }

    static int[] candidateCapacities(CompiledProblem problem) {
        int[] capacities = new int[problem.candidates.length];
        for (int c = 0; c < capacities.length; c++) {
            capacities[c] = problem.candidates[c].capacity();
        }
        return capacities;
    }

    static MatchingResult result(CompiledProblem problem, FeasibleGraph graph, boolean[] chosen) {
        List<Proposal> proposals = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        long total = 0;
        int alternativeCount = problem.rules.alternatives();
        for (int s = 0; s < graph.seekerCount; s++) {
            int from = graph.start[s];
            int to = graph.start[s + 1];
            boolean matched = false;
            for (int e = from; e < to && !matched; e++) {
                matched = chosen[e];
            }
            if (!matched) {
                unmatched.add(problem.seekers[s].id());
                continue;
            }
            List<Alternative> alternatives = alternatives(problem, graph, chosen, s, alternativeCount);
            Profile seeker = problem.seekerProfiles[s];
            for (int e = from; e < to; e++) {
                if (chosen[e]) {
                    Profile candidate = problem.candidateProfiles[graph.candidate[e]];
                    Proposal proposal = proposal(seeker, candidate, problem.rules, problem.weightValues,
                            PairRules.distanceKm(seeker, candidate), alternatives);
                    if (proposal.totalScore() != graph.score[e]) {
                        throw new IllegalStateException("score of " + seeker.id + "/" + candidate.id
                                + " differs between graph and proposal");
                    }
                    proposals.add(proposal);
                    total += proposal.totalScore();
                }
            }
        }
        return new MatchingResult(proposals, unmatched, total, graph.edgeCount());
    }

    /** The best feasible candidates of seeker {@code s} that were not chosen, best first, ties by id. */
    private static List<Alternative> alternatives(CompiledProblem problem, FeasibleGraph graph, boolean[] chosen,
            int s, int count) {
        if (count == 0) {
            return List.of();
        }
        int from = graph.start[s];
        int to = graph.start[s + 1];
        IntList picked = new IntList(count);
        for (int e = from; e < to; e++) {
            if (chosen[e]) {
                continue;
            }
            // keep the `count` best edges so far; edges come in candidate order, so `>` keeps the lower id on ties
            if (picked.size() < count) {
                picked.add(e);
            } else if (graph.score[e] > graph.score[picked.get(picked.size() - 1)]) {
                picked.set(picked.size() - 1, e);
            } else {
                continue;
            }
            for (int i = picked.size() - 1; i > 0 && graph.score[picked.get(i)] > graph.score[picked.get(i - 1)]; i--) {
                picked.swap(i, i - 1);
            }
        }
        List<Alternative> alternatives = new ArrayList<>(picked.size());
        for (int i = 0; i < picked.size(); i++) {
            int e = picked.get(i);
            alternatives.add(new Alternative(problem.candidates[graph.candidate[e]].id(), graph.score[e]));
        }
        return alternatives;
    }

    private static Proposal proposal(Profile seeker, Profile candidate, Rules rules, int[] weights,
            double distanceKm, List<Alternative> alternatives) {
        List<CriterionScore> criteria = PairRules.criterionScores(seeker, candidate, rules, weights, distanceKm);
        int total = 0;
        for (CriterionScore criterion : criteria) {
            total += criterion.weighted();
        }
        return new Proposal(seeker.id, candidate.id, total, criteria,
                PairRules.constraintsMet(seeker, candidate, rules, distanceKm), alternatives);
    }
}
