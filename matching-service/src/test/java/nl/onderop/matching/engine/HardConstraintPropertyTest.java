package nl.onderop.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * On many random problems (seeded, the seed in every message), neither {@code run} nor {@code greedy} proposes
 * a pair that breaks a hard rule, and the results are internally consistent. See {@link ResultChecks}.
 */
class HardConstraintPropertyTest {

    private final MatchingEngine engine = new MatchingEngine();

    @Test
    void smallProblemsKeepEveryRule() {
        for (long seed = 1; seed <= 400; seed++) {
            check(RandomInstances.problem(seed, 8, 8), "seed " + seed);
        }
    }

    @Test
    void largerProblemsKeepEveryRule() {
        for (long seed = 1001; seed <= 1030; seed++) {
            check(RandomInstances.problem(seed, 60, 80), "seed " + seed);
        }
    }

    @Test
    void aSmallSyntheticTenantKeepsEveryRule() {
        for (long seed = 1; seed <= 3; seed++) {
            MatchingProblem problem = SyntheticTenant.generate(seed, 300, 600);
            check(problem, "synthetic seed " + seed);
            MatchingProblem sameDistrict = new MatchingProblem(problem.seekers(), problem.candidates(),
                    problem.rules().withDistrictRule(DistrictRule.SAME_DISTRICT), problem.weights());
            check(sameDistrict, "synthetic same-district seed " + seed);
        }
    }

    private void check(MatchingProblem problem, String label) {
        MatchingResult run = engine.run(problem);
        MatchingResult greedy = engine.greedy(problem);
        ResultChecks.assertValid(problem, run, label + " run");
        ResultChecks.assertValid(problem, greedy, label + " greedy");
        int feasible = ResultChecks.feasiblePairs(problem);
        assertThat(run.feasiblePairs()).as(label + ": feasible pairs").isEqualTo(feasible);
        assertThat(greedy.feasiblePairs()).as(label + ": feasible pairs").isEqualTo(feasible);
        assertThat(run.totalScore()).as(label + ": run not below greedy").isGreaterThanOrEqualTo(greedy.totalScore());
    }
}
