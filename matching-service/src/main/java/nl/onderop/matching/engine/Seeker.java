package nl.onderop.matching.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A newcomer's help request as the engine sees it.
 *
 * @param id                  unique among the seekers of one problem
 * @param kind                kind of help asked for (a candidate's {@code preferredKinds} are compared with it); may be null
 * @param languages           languages the seeker speaks; for a code listed twice the higher level counts
 * @param availability        weekly slots
 * @param district            may be null (then only a distance can make a pair feasible)
 * @param location            may be null
 * @param interests           free codes, compared case-insensitively
 * @param needs               what the seeker needs help with, compared case-insensitively with candidates' skills
 * @param ageBand             e.g. "18-29", "30-49", "50-66", "67+"; may be null
 * @param preferredGender     when not null, only candidates with that gender (case-insensitive)
 * @param capacity            how many candidates the seeker may get (at least 1)
 * @param declinedCandidates  candidate ids never to propose to this seeker
 */
public record Seeker(String id, String kind, List<LanguageAbility> languages, List<WeeklySlot> availability,
        String district, GeoPoint location, Set<String> interests, Set<String> needs, String ageBand,
        String preferredGender, int capacity, Set<String> declinedCandidates) {

    public Seeker {
        Objects.requireNonNull(id, "id");
        languages = languages == null ? List.of() : List.copyOf(languages);
        availability = availability == null ? List.of() : List.copyOf(availability);
        interests = interests == null ? Set.of() : Set.copyOf(interests);
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        declinedCandidates = declinedCandidates == null ? Set.of() : Set.copyOf(declinedCandidates);
        if (capacity < 1) {
            throw new IllegalArgumentException("seeker " + id + ": capacity must be at least 1, was " + capacity);
        }
    }
}
