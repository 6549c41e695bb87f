package nl.onderop.matching.engine;

import java.util.Arrays;
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
        int[] seen = new int[candidates.length];
        IntList found = new IntList(256);
        long[] accepted = new long[64];
        long[][] edgesOf = new long[seekers.length][];
        int edgeCount = 0;
        // seekers near each other one after the other: they look at the same candidates, which stay in the cache
        for (int s : index.nearbyOrder(seekers)) {
            Profile seeker = seekers[s];
            found.clear();
            index.collect(seeker, s + 1, seen, found);
            int count = 0;
            for (int i = 0; i < found.size(); i++) {
                int c = found.get(i);
                Profile candidate = candidates[c];
                if (!PairRules.feasibleApartFromDistance(seeker, candidate, rules)) {
                    continue;
                }
                double distanceKm = PairRules.distanceKm(seeker, candidate);
                if (PairRules.near(seeker, candidate, rules, distanceKm)) {
                    int score = PairRules.total(seeker, candidate, rules, problem.weightValues, distanceKm);
                    if (count == accepted.length) {
                        accepted = Arrays.copyOf(accepted, 2 * count);
                    }
                    accepted[count++] = ((long) c << 32) | score;
                }
            }
            Arrays.sort(accepted, 0, count);
            edgesOf[s] = Arrays.copyOf(accepted, count);
            edgeCount += count;
        }
        int[] start = new int[seekers.length + 1];
        int[] edgeCandidates = new int[edgeCount];
        int[] edgeScores = new int[edgeCount];
        int e = 0;
        for (int s = 0; s < seekers.length; s++) {
            start[s] = e;
            for (long edge : edgesOf[s]) {
                edgeCandidates[e] = (int) (edge >>> 32);
                edgeScores[e] = (int) edge;
                e++;
            }
            edgesOf[s] = null;
        }
        start[seekers.length] = e;
        return new FeasibleGraph(seekers.length, candidates.length, start, edgeCandidates, edgeScores);
    }

    /**
     * Candidates (with a free place) by where they live and which languages they speak well enough. A bucket
     * keeps each candidate's time blocks and position next to its number, so that most candidates are passed over
     * without touching their profile.
     */
    private static final class CandidateIndex {

        private record Cell(long x, long y, long z, int language) {

            @Override
            public int hashCode() {
                // the record's own hash (31 * h + ...) collides a lot for neighbouring cells
                long h = x * 0x9E3779B97F4A7C15L + y * 0xC2B2AE3D27D4EB4FL + z * 0x165667B19E3779F9L
                        + language * 0x27D4EB2F165667C5L;
                h ^= h >>> 29;
                h *= 0xBF58476D1CE4E5B9L;
                return (int) (h ^ (h >>> 32));
            }
        }

        private final Rules rules;
        private final boolean byDistance;
        private final Map<Long, Bucket> byDistrict = new HashMap<>();
        private final Map<Long, Bucket> byDistrictUnlocated = new HashMap<>();
        private final Map<Cell, Bucket> byCell = new HashMap<>();
        private final double cellKm;
        private final double chordLimitSquared;

        CandidateIndex(Profile[] candidates, Rules rules) {
            this.rules = rules;
            this.byDistance = rules.districtRule() == DistrictRule.WITHIN_DISTANCE;
            double halfAngle = Math.min(rules.maxDistanceKm() / (2 * GeoPoint.EARTH_RADIUS_KM), Math.PI / 2);
            double chordKm = 2 * GeoPoint.EARTH_RADIUS_KM * Math.sin(halfAngle);
            // a margin for rounding: the grid and the chord test may only let too many through, never too few
            this.cellKm = chordKm * (1 + 1e-9) + 1e-9;
            this.chordLimitSquared = cellKm * cellKm;
            int minimum = rules.minimumLanguageLevel();
            for (int c = 0; c < candidates.length; c++) {
                Profile candidate = candidates[c];
                if (candidate.capacity <= 0) {
                    continue;
                }
                for (int l = 0; l < candidate.languages; l++) {
                    if (candidate.languageLevel(l) < minimum) {
                        continue;
                    }
                    int language = candidate.languageCode(l);
                    if (candidate.district != Tokens.NONE) {
                        add(byDistrict, key(candidate.district, language), c, candidate);
                        if (byDistance && !candidate.located) {
                            add(byDistrictUnlocated, key(candidate.district, language), c, candidate);
                        }
                    }
                    if (byDistance && candidate.located) {
                        add(byCell, new Cell(cell(candidate.x), cell(candidate.y), cell(candidate.z), language), c,
                                candidate);
                    }
                }
            }
        }

        /** Adds to {@code found} every candidate that may be feasible for the seeker, each once. */
        void collect(Profile seeker, int stamp, int[] seen, IntList found) {
            int minimum = rules.minimumLanguageLevel();
            for (int l = 0; l < seeker.languages; l++) {
                if (seeker.languageLevel(l) < minimum) {
                    continue;
                }
                int language = seeker.languageCode(l);
                if (!byDistance || !seeker.located) {
                    if (seeker.district != Tokens.NONE) {
                        addAll(byDistrict.get(key(seeker.district, language)), seeker, stamp, seen, found);
                    }
                    continue;
                }
                if (seeker.district != Tokens.NONE) {
                    addAll(byDistrictUnlocated.get(key(seeker.district, language)), seeker, stamp, seen, found);
                }
                long cx = cell(seeker.x);
                long cy = cell(seeker.y);
                long cz = cell(seeker.z);
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        for (long dz = -1; dz <= 1; dz++) {
                            Bucket bucket = byCell.get(new Cell(cx + dx, cy + dy, cz + dz, language));
                            if (bucket != null) {
                                addNear(bucket, seeker, stamp, seen, found);
                            }
                        }
                    }
                }
            }
        }

        /** The seekers ordered by grid cell (located ones, with distance rules) or district, ties by number. */
        int[] nearbyOrder(Profile[] seekers) {
            long[][] keys = new long[seekers.length][];
            for (int s = 0; s < seekers.length; s++) {
                Profile seeker = seekers[s];
                keys[s] = byDistance && seeker.located
                        ? new long[] {0, cell(seeker.x), cell(seeker.y), cell(seeker.z), s}
                        : new long[] {1, seeker.district, 0, 0, s};
            }
            Arrays.sort(keys, (a, b) -> Arrays.compare(a, b));
            int[] order = new int[seekers.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = (int) keys[i][4];
            }
            return order;
        }

        private long cell(double coordinateKm) {
            return (long) Math.floor(coordinateKm / cellKm);
        }

        private static long key(int district, int language) {
            return ((long) district << 32) | (language & 0xFFFFFFFFL);
        }

        private static <K> void add(Map<K, Bucket> map, K key, int candidate, Profile profile) {
            map.computeIfAbsent(key, k -> new Bucket()).add(candidate, profile);
        }

        private static void addAll(Bucket bucket, Profile seeker, int stamp, int[] seen, IntList found) {
            if (bucket == null) {
                return;
            }
            long times = seeker.timeMask;
            for (int i = 0; i < bucket.size; i++) {
                int c = bucket.candidate[i];
                if ((bucket.timeMask[i] & times) != 0 && seen[c] != stamp) {
                    seen[c] = stamp;
                    found.add(c);
                }
            }
        }

        /**
         * Like {@link #addAll} for located candidates, keeping only those whose straight-line distance is at
         * most the chord of {@code maxDistanceKm} (a necessary condition; the exact distance is checked later).
         */
        private void addNear(Bucket bucket, Profile seeker, int stamp, int[] seen, IntList found) {
            long times = seeker.timeMask;
            double x = seeker.x;
            double y = seeker.y;
            double z = seeker.z;
            double limit = chordLimitSquared;
            for (int i = 0; i < bucket.size; i++) {
                if ((bucket.timeMask[i] & times) == 0) {
                    continue;
                }
                int at = 3 * i;
                double dx = bucket.position[at] - x;
                double dy = bucket.position[at + 1] - y;
                double dz = bucket.position[at + 2] - z;
                int c = bucket.candidate[i];
                if (dx * dx + dy * dy + dz * dz <= limit && seen[c] != stamp) {
                    seen[c] = stamp;
                    found.add(c);
                }
            }
        }
    }

    /** Candidate numbers with their time blocks and positions side by side (no object per entry). */
    private static final class Bucket {

        int size;
        int[] candidate = new int[8];
        long[] timeMask = new long[8];
        double[] position = new double[24];

        void add(int c, Profile profile) {
            if (size == candidate.length) {
                int grown = size * 2;
                candidate = Arrays.copyOf(candidate, grown);
                timeMask = Arrays.copyOf(timeMask, grown);
                position = Arrays.copyOf(position, 3 * grown);
            }
            candidate[size] = c;
            timeMask[size] = profile.timeMask;
            position[3 * size] = profile.x;
            position[3 * size + 1] = profile.y;
            position[3 * size + 2] = profile.z;
            size++;
        }
    }
}
