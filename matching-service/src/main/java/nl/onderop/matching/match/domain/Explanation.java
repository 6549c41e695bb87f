package nl.onderop.matching.match.domain;

import java.util.List;

/**
 * Why a pair was proposed: the total, the score per criterion with its weight, the hard constraints the pair
 * meets, and the next best volunteers for the same request.
 */
public record Explanation(int totalScore, List<Score> criteria, List<String> constraintsMet, List<Alternative> alternatives) {

    public Explanation {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        constraintsMet = constraintsMet == null ? List.of() : List.copyOf(constraintsMet);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public record Score(String criterion, int score, int weight, int weighted) {
    }

    public record Alternative(String volunteerId, int totalScore) {
    }

    public Explanation withoutVolunteer(String volunteerId) {
        return new Explanation(totalScore, criteria, constraintsMet,
                alternatives.stream().filter(alternative -> !alternative.volunteerId().equals(volunteerId)).toList());
    }
}
