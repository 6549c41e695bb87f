package nl.onderop.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@code run} is exactly optimal: equal to exhaustive search on small problems, never below greedy. */
class OptimalityTest {

    /** Every way of routing the units: one search per unit, phases only, alternating, and the default mix. */
    private static final OptimalAssignment.Policy[] POLICIES = {OptimalAssignment.Policy.DEFAULT,
        OptimalAssignment.Policy.SINGLE_ONLY, OptimalAssignment.Policy.PHASES_ONLY,
        OptimalAssignment.Policy.ALTERNATING};

    private final MatchingEngine engine = new MatchingEngine();

    @Test
    void runFindsTheExhaustiveOptimumOfSmallRandomProblems() {
        int problems = 0;
        int withPairs = 0;
        int greedyWorse = 0;
        int partlyUnmatched = 0;
        for (long seed = 1; seed <= 800; seed++) {
            MatchingProblem problem = RandomInstances.problem(seed, 6, 6);
            List<Seeker> seekers = problem.seekers();
            List<Candidate> candidates = problem.candidates();
            int[][] score = new int[seekers.size()][candidates.size()];
            for (int s = 0; s < seekers.size(); s++) {
                for (int c = 0; c < candidates.size(); c++) {
                    Optional<Proposal> pair = engine.evaluate(seekers.get(s), candidates.get(c), problem.rules(),
                            problem.weights());
                    boolean feasible = IndependentRules.feasible(seekers.get(s), candidates.get(c), problem.rules());
                    assertThat(pair.isPresent()).as("seed %d: feasibility of %s/%s", seed, seekers.get(s).id(),
                            candidates.get(c).id()).isEqualTo(feasible);
                    score[s][c] = pair.map(Proposal::totalScore).orElse(-1);
                }
            }
            long[] best = Exhaustive.best(score, seekers.stream().mapToInt(Seeker::capacity).toArray(),
                    candidates.stream().mapToInt(Candidate::capacity).toArray());

            MatchingResult run = engine.run(problem);
            MatchingResult greedy = engine.greedy(problem);
            assertThat(run.totalScore()).as("seed %d: optimal total", seed).isEqualTo(best[0]);
            assertThat(run.proposals()).as("seed %d: most pairs among the best assignments", seed)
                    .hasSize((int) best[1]);
            assertThat(greedy.totalScore()).as("seed %d: greedy never above optimal", seed)
                    .isLessThanOrEqualTo(run.totalScore());
            problems++;
            withPairs += run.proposals().isEmpty() ? 0 : 1;
            greedyWorse += greedy.totalScore() < run.totalScore() ? 1 : 0;
            partlyUnmatched += !run.unmatchedSeekers().isEmpty() && run.feasiblePairs() > 0 ? 1 : 0;
        }
        // the random problems are not trivial: most have pairs, some leave seekers out, greedy sometimes loses
        assertThat(withPairs).isGreaterThan(problems / 2);
        assertThat(partlyUnmatched).isGreaterThan(20);
        assertThat(greedyWorse).isGreaterThan(5);
    }

    @Test
    void greedyIsStrictlyWorseOnAHandMadeProblem() {
        // A and B both like X best (1000 each); A also fits Y (500) but B declined Y.
        // Greedy gives X to A (tie broken by id) and leaves B alone: 1000. The optimum is A-Y + B-X = 1500.
        Weights interestsOnly = new Weights(Map.of(Criterion.INTERESTS, 10));
        Seeker a = seeker("A", Set.of("koken", "lezen"), Set.of());
        Seeker b = seeker("B", Set.of("koken", "lezen"), Set.of("Y"));
        Candidate x = candidate("X", Set.of("koken", "lezen"));
        Candidate y = candidate("Y", Set.of("koken"));
        MatchingProblem problem = new MatchingProblem(List.of(a, b), List.of(x, y), Rules.DEFAULT, interestsOnly);

        MatchingResult greedy = engine.greedy(problem);
        MatchingResult run = engine.run(problem);

        assertThat(greedy.totalScore()).isEqualTo(1000);
        assertThat(greedy.unmatchedSeekers()).containsExactly("B");
        assertThat(run.totalScore()).isEqualTo(1500);
        assertThat(run.unmatchedSeekers()).isEmpty();
        assertThat(run.proposals()).extracting(Proposal::seekerId, Proposal::candidateId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "Y"),
                        org.assertj.core.groups.Tuple.tuple("B", "X"));
        assertThat(run.proposals().get(0).alternatives()).containsExactly(new Alternative("X", 1000));
        assertThat(run.proposals().get(1).alternatives()).isEmpty();
        assertThat(run.feasiblePairs()).isEqualTo(3);
    }

    @Test
    void assignmentMatchesExhaustiveSearchOnRandomScoreTablesWithManyTies() {
        for (long seed = 1; seed <= 3000; seed++) {
            Random random = new Random(seed);
            int seekers = 1 + random.nextInt(6);
            int candidates = 1 + random.nextInt(6);
            int[][] score = randomTable(random, seekers, candidates, new int[] {0, 1, 2, 3, 5, 10, 6000});
            int[] seekerCapacity = random.ints(seekers, 1, 3).toArray();
            int[] candidateCapacity = random.ints(candidates, 0, 3).toArray();
            FeasibleGraph graph = graph(score);

            long[] best = Exhaustive.best(score, seekerCapacity, candidateCapacity);
            for (OptimalAssignment.Policy policy : POLICIES) {
                boolean[] chosen = OptimalAssignment.solve(graph, seekerCapacity, candidateCapacity, policy);
                assertThat(total(graph, chosen)).as("seed %d, %s: optimal total", seed, policy)
                        .isEqualTo(best[0]);
                assertThat(pairs(chosen)).as("seed %d, %s: most pairs among the best", seed, policy)
                        .isEqualTo(best[1]);
                assertWithinCapacities(graph, chosen, seekerCapacity, candidateCapacity, seed);
            }
            boolean[] greedy = GreedyAssignment.solve(graph, seekerCapacity, candidateCapacity);
            assertWithinCapacities(graph, greedy, seekerCapacity, candidateCapacity, seed);
            assertThat(total(graph, greedy)).as("seed %d: greedy", seed).isLessThanOrEqualTo(best[0]);
        }
    }

    @Test
    void noImprovingCycleRemainsOnMediumRandomGraphs() {
        // Optimality certificate: a b-matching is optimal (score first, pairs second) exactly when its residual
        // graph has no negative cycle; Bellman-Ford looks for one.
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            int seekers = 20 + random.nextInt(100);
            int candidates = 20 + random.nextInt(100);
            int[][] score = randomTable(random, seekers, candidates,
                    random.ints(20, 0, 6001).toArray());
            for (int[] row : score) {
                for (int c = 0; c < row.length; c++) {
                    if (random.nextInt(10) < 7) {
                        row[c] = -1;
                    }
                }
            }
            int[] seekerCapacity = random.ints(seekers, 1, 4).toArray();
            int[] candidateCapacity = random.ints(candidates, 0, 3).toArray();
            FeasibleGraph graph = graph(score);

            boolean[] greedy = GreedyAssignment.solve(graph, seekerCapacity, candidateCapacity);
            long optimum = -1;
            for (OptimalAssignment.Policy policy : POLICIES) {
                boolean[] chosen = OptimalAssignment.solve(graph, seekerCapacity, candidateCapacity, policy);
                assertWithinCapacities(graph, chosen, seekerCapacity, candidateCapacity, seed);
                assertThat(hasNegativeCycle(graph, chosen, seekerCapacity, candidateCapacity))
                        .as("seed %d, %s: an improving cycle exists", seed, policy).isFalse();
                assertThat(total(graph, chosen)).as("seed %d", seed).isGreaterThanOrEqualTo(total(graph, greedy));
                if (optimum >= 0) {
                    assertThat(total(graph, chosen)).as("seed %d, %s: same optimum", seed, policy)
                            .isEqualTo(optimum);
                }
                optimum = total(graph, chosen);
            }
        }
    }

    @Test
    void aPlateauOfEqualScoresGivesTheSameOptimumEveryWay() {
        // 1,500 seekers and candidates, 30 random pairs each, only four different scores: single searches grow
        // large, so the default policy switches to phases; all policies must agree on total and pairs
        Random random = new Random(42);
        int size = 1500;
        int[] start = new int[size + 1];
        List<Integer> candidates = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (int s = 0; s < size; s++) {
            start[s] = candidates.size();
            random.ints(0, size).distinct().limit(30).sorted().forEach(c -> {
                candidates.add(c);
                scores.add(random.nextInt(4));
            });
        }
        start[size] = candidates.size();
        FeasibleGraph graph = FeasibleGraph.of(size, size, start,
                candidates.stream().mapToInt(Integer::intValue).toArray(),
                scores.stream().mapToInt(Integer::intValue).toArray());
        int[] ones = new int[size];
        Arrays.fill(ones, 1);

        OptimalAssignment byDefault = OptimalAssignment.assign(graph, ones, ones, OptimalAssignment.Policy.DEFAULT);
        assertThat(byDefault.phases()).as("phases used").isPositive();
        boolean[] chosen = byDefault.chosen();
        for (OptimalAssignment.Policy policy : POLICIES) {
            boolean[] other = OptimalAssignment.solve(graph, ones, ones, policy);
            assertThat(total(graph, other)).as("%s: total", policy).isEqualTo(total(graph, chosen));
            assertThat(pairs(other)).as("%s: pairs", policy).isEqualTo(pairs(chosen));
        }
        assertWithinCapacities(graph, chosen, ones, ones, 42);
        assertThat(total(graph, chosen)).isGreaterThanOrEqualTo(total(graph, GreedyAssignment.solve(graph, ones, ones)));
    }

    @Test
    void theCertificateFindsTheImprovementGreedyMisses() {
        // the check itself works: greedy's result on the hand-made table has an improving cycle
        int[][] score = {{1000, 500}, {1000, -1}};
        FeasibleGraph graph = graph(score);
        int[] ones = {1, 1};
        boolean[] greedy = GreedyAssignment.solve(graph, ones, ones);
        assertThat(total(graph, greedy)).isEqualTo(1000);
        assertThat(hasNegativeCycle(graph, greedy, ones, ones)).isTrue();
        assertThat(hasNegativeCycle(graph, OptimalAssignment.solve(graph, ones, ones), ones, ones)).isFalse();
    }

    // ---- helpers ----

    private static int[][] randomTable(Random random, int seekers, int candidates, int[] values) {
        int[][] score = new int[seekers][candidates];
        for (int[] row : score) {
            for (int c = 0; c < candidates; c++) {
                row[c] = random.nextInt(3) == 0 ? -1 : values[random.nextInt(values.length)];
            }
        }
        return score;
    }

    static FeasibleGraph graph(int[][] score) {
        int seekers = score.length;
        int candidates = seekers == 0 ? 0 : score[0].length;
        int[] start = new int[seekers + 1];
        List<int[]> edges = new ArrayList<>();
        for (int s = 0; s < seekers; s++) {
            start[s] = edges.size();
            for (int c = 0; c < candidates; c++) {
                if (score[s][c] >= 0) {
                    edges.add(new int[] {c, score[s][c]});
                }
            }
        }
        start[seekers] = edges.size();
        return FeasibleGraph.of(seekers, candidates, start, edges.stream().mapToInt(e -> e[0]).toArray(),
                edges.stream().mapToInt(e -> e[1]).toArray());
    }

    private static long total(FeasibleGraph graph, boolean[] chosen) {
        long total = 0;
        for (int e = 0; e < chosen.length; e++) {
            total += chosen[e] ? graph.score[e] : 0;
        }
        return total;
    }

    private static int pairs(boolean[] chosen) {
        int pairs = 0;
        for (boolean pick : chosen) {
            pairs += pick ? 1 : 0;
        }
        return pairs;
    }

    private static void assertWithinCapacities(FeasibleGraph graph, boolean[] chosen, int[] seekerCapacity,
            int[] candidateCapacity, long seed) {
        int[] candidateUse = new int[graph.candidateCount];
        for (int s = 0; s < graph.seekerCount; s++) {
            int seekerUse = 0;
            for (int e = graph.start[s]; e < graph.start[s + 1]; e++) {
                if (chosen[e]) {
                    seekerUse++;
                    candidateUse[graph.candidate[e]]++;
                }
            }
            assertThat(seekerUse).as("seed %d: seeker %d", seed, s).isLessThanOrEqualTo(seekerCapacity[s]);
        }
        for (int c = 0; c < graph.candidateCount; c++) {
            assertThat(candidateUse[c]).as("seed %d: candidate %d", seed, c).isLessThanOrEqualTo(candidateCapacity[c]);
        }
    }

    /**
     * Residual graph of the flow source -> seeker -> candidate -> sink with a free return edge sink -> source
     * (so that any number of pairs is allowed) and costs -(score * K + 1) on pairs.
     */
    private static boolean hasNegativeCycle(FeasibleGraph graph, boolean[] chosen, int[] seekerCapacity,
            int[] candidateCapacity) {
        int seekers = graph.seekerCount;
        int candidates = graph.candidateCount;
        int source = seekers + candidates;
        int sink = source + 1;
        long scale = Arrays.stream(seekerCapacity).asLongStream().sum() + 1;
        List<long[]> edges = new ArrayList<>();
        int[] seekerUse = new int[seekers];
        int[] candidateUse = new int[candidates];
        int totalPairs = 0;
        for (int s = 0; s < seekers; s++) {
            for (int e = graph.start[s]; e < graph.start[s + 1]; e++) {
                int c = graph.candidate[e];
                long cost = graph.score[e] * scale + 1;
                if (chosen[e]) {
                    edges.add(new long[] {seekers + c, s, cost});
                    seekerUse[s]++;
                    candidateUse[c]++;
                    totalPairs++;
                } else {
                    edges.add(new long[] {s, seekers + c, -cost});
                }
            }
        }
        for (int s = 0; s < seekers; s++) {
            if (seekerUse[s] < seekerCapacity[s]) {
                edges.add(new long[] {source, s, 0});
            }
            if (seekerUse[s] > 0) {
                edges.add(new long[] {s, source, 0});
            }
        }
        for (int c = 0; c < candidates; c++) {
            if (candidateUse[c] < candidateCapacity[c]) {
                edges.add(new long[] {seekers + c, sink, 0});
            }
            if (candidateUse[c] > 0) {
                edges.add(new long[] {sink, seekers + c, 0});
            }
        }
        edges.add(new long[] {sink, source, 0});
        if (totalPairs > 0) {
            edges.add(new long[] {source, sink, 0});
        }
        long[] distance = new long[sink + 1];
        for (int round = 0; round <= sink + 1; round++) {
            boolean changed = false;
            for (long[] edge : edges) {
                int from = (int) edge[0];
                int to = (int) edge[1];
                if (distance[from] + edge[2] < distance[to]) {
                    distance[to] = distance[from] + edge[2];
                    changed = true;
                }
            }
            if (!changed) {
                return false;
            }
        }
        return true;
    }

    private static Seeker seeker(String id, Set<String> interests, Set<String> declined) {
        return new Seeker(id, "taalmaatje", List.of(new LanguageAbility("nl", LanguageAbility.B1)),
                List.of(new WeeklySlot(DayOfWeek.TUESDAY, 19 * 60, 21 * 60)), "Binnenstad", null, interests,
                Set.of(), null, null, 1, declined);
    }

    private static Candidate candidate(String id, Set<String> interests) {
        return new Candidate(id, List.of(new LanguageAbility("nl", LanguageAbility.NATIVE)),
                List.of(new WeeklySlot(DayOfWeek.TUESDAY, 19 * 60, 21 * 60)), "Binnenstad", null, interests,
                Set.of(), null, null, Set.of(), 1);
    }
}
