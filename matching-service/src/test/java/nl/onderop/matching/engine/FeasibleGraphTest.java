package nl.onderop.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The indexes (district, language, 3D grid) find exactly the pairs that testing every pair finds, also near the
 * poles, across the date line, at distance 0 and at distances of thousands of kilometres.
 */
class FeasibleGraphTest {

    private static final List<WeeklySlot> EVENING = List.of(new WeeklySlot(DayOfWeek.FRIDAY, 18 * 60, 21 * 60));

    @Test
    void randomProblemsGiveTheSamePairsAsTestingEveryPair() {
        for (long seed = 1; seed <= 300; seed++) {
            MatchingProblem problem = RandomInstances.problem(seed, 25, 25);
            assertSamePairs(problem, "seed " + seed);
        }
    }

    @Test
    void pointsAllOverTheWorldGiveTheSamePairsAsTestingEveryPair() {
        double[] distances = {0, 0.5, 3, 50, 400, 2500, 20_000};
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<GeoPoint> places = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                places.add(switch (random.nextInt(4)) {
                    case 0 -> new GeoPoint(-90 + 180 * random.nextDouble(), -180 + 360 * random.nextDouble());
                    case 1 -> new GeoPoint(89 + random.nextDouble(), -180 + 360 * random.nextDouble());
                    case 2 -> new GeoPoint(-10 + 20 * random.nextDouble(), random.nextBoolean()
                            ? 179.9 + 0.1 * random.nextDouble() : -180 + 0.1 * random.nextDouble());
                    default -> new GeoPoint(52 + 0.05 * random.nextDouble(), 4.3 + 0.05 * random.nextDouble());
                });
            }
            List<Seeker> seekers = new ArrayList<>();
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                GeoPoint place = random.nextInt(6) == 0 ? null : jitter(places.get(random.nextInt(places.size())), random);
                String district = random.nextInt(5) == 0 ? null : "d" + random.nextInt(3);
                seekers.add(new Seeker("s" + i, null, List.of(new LanguageAbility("nl", 7)), EVENING, district,
                        place, null, null, null, null, 1, null));
            }
            for (int i = 0; i < 40; i++) {
                GeoPoint place = random.nextInt(6) == 0 ? null : jitter(places.get(random.nextInt(places.size())), random);
                String district = random.nextInt(5) == 0 ? null : "d" + random.nextInt(3);
                candidates.add(new Candidate("c" + i, List.of(new LanguageAbility("nl", 7)), EVENING, district,
                        place, null, null, null, null, null, 1));
            }
            for (double km : distances) {
                Rules rules = Rules.DEFAULT.withMaxDistanceKm(km);
                assertSamePairs(new MatchingProblem(seekers, candidates, rules, Weights.DEFAULT),
                        "seed " + seed + ", " + km + " km");
            }
        }
    }

    @Test
    void samePlaceIsWithinZeroKilometres() {
        GeoPoint place = new GeoPoint(52.0, 4.3);
        Seeker seeker = new Seeker("s", null, List.of(new LanguageAbility("nl", 7)), EVENING, null, place, null,
                null, null, null, 1, null);
        Candidate here = new Candidate("here", List.of(new LanguageAbility("nl", 7)), EVENING, null, place, null,
                null, null, null, null, 1);
        Candidate near = new Candidate("near", List.of(new LanguageAbility("nl", 7)), EVENING, null,
                new GeoPoint(52.0001, 4.3), null, null, null, null, null, 1);
        MatchingProblem problem = new MatchingProblem(List.of(seeker), List.of(here, near),
                Rules.DEFAULT.withMaxDistanceKm(0), Weights.DEFAULT);
        MatchingResult result = new MatchingEngine().run(problem);
        assertThat(result.feasiblePairs()).isEqualTo(1);
        assertThat(result.proposals()).singleElement().extracting(Proposal::candidateId).isEqualTo("here");
    }

    private static GeoPoint jitter(GeoPoint place, Random random) {
        double latitude = Math.max(-90, Math.min(90, place.latitude() + 0.02 * random.nextGaussian()));
        double longitude = place.longitude() + 0.02 * random.nextGaussian();
        longitude = longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;
        return new GeoPoint(latitude, longitude);
    }

    private static void assertSamePairs(MatchingProblem problem, String label) {
        CompiledProblem compiled = new CompiledProblem(problem);
        FeasibleGraph graph = FeasibleGraph.build(compiled);
        Set<String> found = new HashSet<>();
        for (int s = 0; s < graph.seekerCount; s++) {
            int previous = -1;
            for (int e = graph.start[s]; e < graph.start[s + 1]; e++) {
                assertThat(graph.candidate[e]).as(label + ": edges sorted by candidate").isGreaterThan(previous);
                previous = graph.candidate[e];
                found.add(compiled.seekers[s].id() + "/" + compiled.candidates[graph.candidate[e]].id());
            }
        }
        Set<String> expected = new HashSet<>();
        for (Seeker seeker : problem.seekers()) {
            for (Candidate candidate : problem.candidates()) {
                if (IndependentRules.feasible(seeker, candidate, problem.rules())) {
                    expected.add(seeker.id() + "/" + candidate.id());
                }
            }
        }
        assertThat(found).as(label).isEqualTo(expected);
    }
}
