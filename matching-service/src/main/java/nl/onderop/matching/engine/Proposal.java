package nl.onderop.matching.engine;

import java.util.List;
import java.util.Objects;

/**
 * A proposed pair.
 *
 * @param totalScore     the sum of the criteria's {@code weighted}
 * @param criteria       every criterion, in {@link Criterion} order
 * @param constraintsMet the hard rules the pair meets, as codes such as {@code "shared-language:nl:B1"},
 *                       {@code "common-slot:tuesday 19:00-21:00"}, {@code "district:Binnenstad"} or
 *                       {@code "distance:1.2km"}, {@code "capacity"}, {@code "preferences"}, {@code "not-declined"}
 * @param alternatives   the next best feasible candidates for this seeker, best first, without those chosen
 */
public record Proposal(String seekerId, String candidateId, int totalScore, List<CriterionScore> criteria,
        List<String> constraintsMet, List<Alternative> alternatives) {

    public Proposal {
        Objects.requireNonNull(seekerId, "seekerId");
        Objects.requireNonNull(candidateId, "candidateId");
        criteria = List.copyOf(criteria);
        constraintsMet = List.copyOf(constraintsMet);
        alternatives = List.copyOf(alternatives);
    }
}
