package nl.onderop.matching.engine;

import java.util.Arrays;

/**
 * The baseline: all feasible pairs by score, highest first (ties by seeker id, then candidate id), each taken
 * when both still have a free place.
 */
final class GreedyAssignment {

    private GreedyAssignment() {
    }

    static boolean[] solve(FeasibleGraph graph, int[] seekerCapacity, int[] candidateCapacity) {
        int edges = graph.edgeCount();
        long[] order = new long[edges];
        for (int e = 0; e < edges; e++) {
            order[e] = ((long) (Integer.MAX_VALUE - graph.score[e]) << 32) | e;
        }
        Arrays.sort(order);
        int[] seekerLeft = seekerCapacity.clone();
        int[] candidateLeft = candidateCapacity.clone();
        int[] edgeSeeker = graph.edgeSeekers();
        boolean[] chosen = new boolean[edges];
        for (long key : order) {
            int e = (int) key;
            int s = edgeSeeker[e];
            int c = graph.candidate[e];
            if (seekerLeft[s] > 0 && candidateLeft[c] > 0) {
                seekerLeft[s]--;
                candidateLeft[c]--;
                chosen[e] = true;
            }
        }
        return chosen;
    }
}
