package nl.onderop.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The best assignment by trying them all (with a simple upper bound to skip hopeless branches): highest total
 * score first, most pairs second. Only for tiny problems.
 */
final class Exhaustive {

    private final int[][] score;
    private final int[] seekerCapacity;
    private final int[] candidateLeft;
    private final long[] boundFrom;
    private long bestScore = -1;
    private int bestPairs = -1;

    private Exhaustive(int[][] score, int[] seekerCapacity, int[] candidateCapacity) {
        this.score = score;
        this.seekerCapacity = seekerCapacity;
        this.candidateLeft = candidateCapacity.clone();
        this.boundFrom = new long[score.length + 1];
        for (int s = score.length - 1; s >= 0; s--) {
            int[] row = Arrays.stream(score[s]).filter(v -> v >= 0).sorted().toArray();
            long top = 0;
            for (int k = 0; k < seekerCapacity[s] && k < row.length; k++) {
                top += row[row.length - 1 - k];
            }
            boundFrom[s] = boundFrom[s + 1] + top;
        }
    }

    /**
     * {@code score[s][c]} is the pair's score or -1 when the pair is not feasible. Returns {best total, pairs}.
     */
    static long[] best(int[][] score, int[] seekerCapacity, int[] candidateCapacity) {
        Exhaustive search = new Exhaustive(score, seekerCapacity, candidateCapacity);
        search.seeker(0, 0, 0);
        return new long[] {search.bestScore, search.bestPairs};
    }

    private void seeker(int s, long total, int pairs) {
        if (s == score.length) {
            if (total > bestScore || (total == bestScore && pairs > bestPairs)) {
                bestScore = total;
                bestPairs = pairs;
            }
            return;
        }
        if (total + boundFrom[s] < bestScore) {
            return;
        }
        List<Integer> options = new ArrayList<>();
        for (int c = 0; c < score[s].length; c++) {
            if (score[s][c] >= 0) {
                options.add(c);
            }
        }
        choose(s, options, 0, seekerCapacity[s], total, pairs);
    }

    /** Every subset of the options (from index {@code from} on) of at most {@code left} candidates. */
    private void choose(int s, List<Integer> options, int from, int left, long total, int pairs) {
        if (from == options.size() || left == 0) {
            seeker(s + 1, total, pairs);
            return;
        }
        choose(s, options, from + 1, left, total, pairs);
        int c = options.get(from);
        if (candidateLeft[c] > 0) {
            candidateLeft[c]--;
            choose(s, options, from + 1, left - 1, total + score[s][c], pairs + 1);
            candidateLeft[c]++;
        }
    }
}
