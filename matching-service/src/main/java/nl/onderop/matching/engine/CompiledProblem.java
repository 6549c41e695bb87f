package nl.onderop.matching.engine;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A problem in canonical form: seekers and candidates sorted by id (so any input order gives the same run) and
 * compiled into {@link Profile}s.
 */
final class CompiledProblem {

    final Seeker[] seekers;
    final Candidate[] candidates;
    final Profile[] seekerProfiles;
    final Profile[] candidateProfiles;
    final Rules rules;
    final Weights weights;
    final int[] weightValues;
    final Tokens tokens = new Tokens();

    CompiledProblem(MatchingProblem problem) {
        this.rules = problem.rules();
        this.weights = problem.weights();
        this.weightValues = PairRules.weights(weights);
        this.seekers = problem.seekers().toArray(new Seeker[0]);
        this.candidates = problem.candidates().toArray(new Candidate[0]);
        Arrays.sort(seekers, Comparator.comparing(Seeker::id));
        Arrays.sort(candidates, Comparator.comparing(Candidate::id));
        requireUniqueIds(Arrays.stream(seekers).map(Seeker::id).toArray(String[]::new), "seeker");
        requireUniqueIds(Arrays.stream(candidates).map(Candidate::id).toArray(String[]::new), "candidate");
        this.seekerProfiles = new Profile[seekers.length];
        for (int i = 0; i < seekers.length; i++) {
            seekerProfiles[i] = Profile.of(seekers[i], tokens);
        }
        this.candidateProfiles = new Profile[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            candidateProfiles[i] = Profile.of(candidates[i], tokens);
        }
    }

    private static void requireUniqueIds(String[] sortedIds, String what) {
        for (int i = 1; i < sortedIds.length; i++) {
            if (sortedIds[i].equals(sortedIds[i - 1])) {
                throw new IllegalArgumentException("duplicate " + what + " id '" + sortedIds[i] + "'");
            }
        }
    }
}
