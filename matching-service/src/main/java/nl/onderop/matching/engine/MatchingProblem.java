package nl.onderop.matching.engine;

import java.util.List;

/**
 * One tenant's matching run. Seeker ids must be unique, and so must candidate ids. A null {@code rules} or
 * {@code weights} means {@link Rules#DEFAULT} or {@link Weights#DEFAULT}.
 */
public record MatchingProblem(List<Seeker> seekers, List<Candidate> candidates, Rules rules, Weights weights) {

    public MatchingProblem {
        seekers = seekers == null ? List.of() : List.copyOf(seekers);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        rules = rules == null ? Rules.DEFAULT : rules;
        weights = weights == null ? Weights.DEFAULT : weights;
    }
}
