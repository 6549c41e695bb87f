package nl.onderop.matching.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Every feasible (seeker, candidate) pair with its total score, as a compact sparse graph: the edges of seeker
 * {@code s} are {@code start[s] .. start[s+1]-1}, sorted by candidate index (that is, by candidate id).
 *
 * <p>Pairs are found without testing all seekers against all candidates: candidates are indexed by (district,
 * language) and, for {@link DistrictRule#WITHIN_DISTANCE}, by (cell of a 3D grid, language) where the grid's
 * cells are as wide as the straight-line distance that corresponds to {@code maxDistanceKm}. An index only
 * narrows the search; every pair it yields is checked against all hard rules by {@link PairRules#feasible}.
 */
final class FeasibleGraph {

    final int seekerCount;
    final int candidateCount;
    final int[] start;
    final int[] candidate;
    final int[] score;

    private FeasibleGraph(int seekerCount, int candidateCount, int[] start, int[] candidate, int[] score) {
        this.seekerCount = seekerCount;
        this.candidateCount = candidateCount;
        this.start = start;
        this.candidate = candidate;
        this.score = score;
    }

    /** A graph given directly (for tests of the assignment algorithms); edges sorted by seeker, then candidate. */
    static FeasibleGraph of(int seekerCount, int candidateCount, int[] start, int[] candidate, int[] score) {
        if (start.length != seekerCount + 1 || candidate.length != score.length
                || start[seekerCount] != candidate.length) {
            throw new IllegalArgumentException("inconsistent graph arrays");
        }
        return new FeasibleGraph(seekerCount, candidateCount, start, candidate, score);
    }

    int edgeCount() {
        return candidate.length;
    }

    /** The seeker of each edge. */
    int[] edgeSeekers() {
        int[] seekers = new int[candidate.length];
        for (int s = 0; s < seekerCount; s++) {
            for (int e = start[s]; e < start[s + 1]; e++) {
                seekers[e] = s;
            }
        }
        return seekers;
    }

    static FeasibleGraph build(CompiledProblem problem) {
        Profile[] seekers = problem.seekerProfiles;
        Profile[] candidates = problem.candidateProfiles;
        Rules rules = problem.rules;
        CandidateIndex index = new CandidateIndex(candidates, rules);
        int[] start = new int[seekers.length + 1];
        IntList edgeCandidates = new IntList(seekers.length * 16);
        IntList edgeScores = new IntList(seekers.length * 16);
        int[] seen = new int[candidates.length];
        IntList found = new IntList(256);
        for (int s = 0; s < seekers.length; s++) {
            start[s] = edgeCandidates.size();
            Profile seeker = seekers[s];
            found.clear();
            index.collect(seeker, s + 1, seen, found);
            found.sort();
            for (int i = 0; i < found.size(); i++) {
                int c = found.get(i);
                Profile candidate = candidates[c];
                double distanceKm = PairRules.distanceKm(seeker, candidate);
                if (PairRules.feasible(seeker, candidate, rules, distanceKm)) {
                    edgeCandidates.add(c);
                    edgeScores.add(PairRules.total(seeker, candidate, rules, problem.weightValues, distanceKm));
                }
            }
        }
        start[seekers.length] = edgeCandidates.size();
        return new FeasibleGraph(seekers.length, candidates.length, start, edgeCandidates.toArray(),
                edgeScores.toArray());
    }

    /** Candidates (with a free place) by where they live and which languages they speak well enough. */
    private static final class CandidateIndex {

        private record Cell(long x, long y, long z, int language) {
        }

        private final Rules rules;
        private final Map<Long, IntList> byDistrict = new HashMap<>();
        private final Map<Long, IntList> byDistrictUnlocated = new HashMap<>();
        private final Map<Cell, IntList> byCell = new HashMap<>();
        private final double cellKm;

        CandidateIndex(Profile[] candidates, Rules rules) {
            this.rules = rules;
            double halfAngle = Math.min(rules.maxDistanceKm() / (2 * GeoPoint.EARTH_RADIUS_KM), Math.PI / 2);
            double chordKm = 2 * GeoPoint.EARTH_RADIUS_KM * Math.sin(halfAngle);
            this.cellKm = chordKm * (1 + 1e-9) + 1e-9;
            boolean byDistance = rules.districtRule() == DistrictRule.WITHIN_DISTANCE;
            int minimum = rules.minimumLanguageLevel();
            for (int c = 0; c < candidates.length; c++) {
                Profile candidate = candidates[c];
                if (candidate.capacity <= 0) {
                    continue;
                }
                for (int l = 0; l < candidate.languageCodes.length; l++) {
                    if (candidate.languageLevels[l] < minimum) {
                        continue;
                    }
                    int language = candidate.languageCodes[l];
                    if (candidate.district != Tokens.NONE) {
                        add(byDistrict, key(candidate.district, language), c);
                        if (byDistance && !candidate.located()) {
                            add(byDistrictUnlocated, key(candidate.district, language), c);
                        }
                    }
                    if (byDistance && candidate.located()) {
                        add(byCell, new Cell(cell(candidate.x), cell(candidate.y), cell(candidate.z), language), c);
                    }
                }
            }
        }

        /** Adds to {@code found} every candidate that may be feasible for the seeker, each once. */
        void collect(Profile seeker, int stamp, int[] seen, IntList found) {
            int minimum = rules.minimumLanguageLevel();
            boolean byDistance = rules.districtRule() == DistrictRule.WITHIN_DISTANCE;
            for (int l = 0; l < seeker.languageCodes.length; l++) {
                if (seeker.languageLevels[l] < minimum) {
                    continue;
                }
                int language = seeker.languageCodes[l];
                if (!byDistance || !seeker.located()) {
                    if (seeker.district != Tokens.NONE) {
                        addAll(byDistrict.get(key(seeker.district, language)), stamp, seen, found);
                    }
                    continue;
                }
                if (seeker.district != Tokens.NONE) {
                    addAll(byDistrictUnlocated.get(key(seeker.district, language)), stamp, seen, found);
                }
                long cx = cell(seeker.x);
                long cy = cell(seeker.y);
                long cz = cell(seeker.z);
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        for (long dz = -1; dz <= 1; dz++) {
                            addAll(byCell.get(new Cell(cx + dx, cy + dy, cz + dz, language)), stamp, seen, found);
                        }
                    }
                }
            }
        }

        private long cell(double coordinateKm) {
            return (long) Math.floor(coordinateKm / cellKm);
        }

        private static long key(int district, int language) {
            return ((long) district << 32) | (language & 0xFFFFFFFFL);
        }

        private static <K> void add(Map<K, IntList> map, K key, int candidate) {
            map.computeIfAbsent(key, k -> new IntList(8)).add(candidate);
        }

        private static void addAll(IntList candidates, int stamp, int[] seen, IntList found) {
            if (candidates == null) {
                return;
            }
            for (int i = 0; i < candidates.size(); i++) {
                int c = candidates.get(i);
                if (seen[c] != stamp) {
                    seen[c] = stamp;
                    found.add(c);
                }
            }
        }
    }
}
