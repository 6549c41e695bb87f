package nl.onderop.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The same seekers and candidates in any order, with their own lists in any order, give the same result. */
class DeterminismTest {

    private final MatchingEngine engine = new MatchingEngine();

    @Test
    void shuffledInputGivesTheSameResult() {
        for (long seed = 1; seed <= 150; seed++) {
            MatchingProblem problem = RandomInstances.problem(seed, 12, 12);
            MatchingResult run = engine.run(problem);
            MatchingResult greedy = engine.greedy(problem);
            Random random = new Random(seed * 31 + 7);
            for (int round = 0; round < 3; round++) {
                MatchingProblem shuffled = shuffled(problem, random);
                assertThat(engine.run(shuffled)).as("seed %d round %d: run", seed, round).isEqualTo(run);
                assertThat(engine.greedy(shuffled)).as("seed %d round %d: greedy", seed, round).isEqualTo(greedy);
            }
        }
    }

    @Test
    void aShuffledSyntheticTenantGivesTheSameResult() {
        MatchingProblem problem = SyntheticTenant.generate(7, 500, 1000);
        MatchingResult run = engine.run(problem);
        MatchingProblem shuffled = shuffled(problem, new Random(7));
        assertThat(engine.run(shuffled)).as("seed 7").isEqualTo(run);
        assertThat(engine.run(problem)).as("seed 7, again").isEqualTo(run);
        assertThat(run.proposals()).isNotEmpty();
    }

    @Test
    void tiesAreBrokenByIds() {
        // two identical candidates for one seeker: the lower id is chosen, the other is the alternative
        Seeker seeker = new Seeker("s", "buddy", List.of(new LanguageAbility("nl", 7)),
                List.of(WeeklySlot.parse("monday 10:00-12:00")), "Noord", null, null, null, null, null, 1, null);
        Candidate b = new Candidate("b", List.of(new LanguageAbility("nl", 7)),
                List.of(WeeklySlot.parse("monday 10:00-12:00")), "Noord", null, null, null, null, null, null, 1);
        Candidate a = new Candidate("a", b.languages(), b.availability(), "Noord", null, null, null, null, null,
                null, 1);
        MatchingProblem problem = new MatchingProblem(List.of(seeker), List.of(b, a), Rules.DEFAULT, Weights.DEFAULT);
        for (MatchingResult result : List.of(engine.run(problem), engine.greedy(problem))) {
            assertThat(result.proposals()).singleElement().satisfies(proposal -> {
                assertThat(proposal.candidateId()).isEqualTo("a");
                assertThat(proposal.alternatives()).extracting(Alternative::candidateId).containsExactly("b");
            });
        }
    }

    static MatchingProblem shuffled(MatchingProblem problem, Random random) {
        List<Seeker> seekers = new ArrayList<>();
        for (Seeker s : problem.seekers()) {
            seekers.add(new Seeker(s.id(), s.kind(), shuffle(s.languages(), random), shuffle(s.availability(), random),
                    s.district(), s.location(), s.interests(), s.needs(), s.ageBand(), s.preferredGender(),
                    s.capacity(), s.declinedCandidates()));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : problem.candidates()) {
            candidates.add(new Candidate(c.id(), shuffle(c.languages(), random), shuffle(c.availability(), random),
                    c.district(), c.location(), c.interests(), c.skills(), c.gender(), c.ageBand(),
                    c.preferredKinds(), c.capacity()));
        }
        return new MatchingProblem(shuffle(seekers, random), shuffle(candidates, random), problem.rules(),
                problem.weights());
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
