package nl.onderop.matching.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A volunteer as the engine sees it.
 *
 * @param id             unique among the candidates of one problem
 * @param languages      languages the candidate speaks; for a code listed twice the higher level counts
 * @param availability   weekly slots
 * @param district       may be null
 * @param location       may be null
 * @param interests      free codes, compared case-insensitively
 * @param skills         compared case-insensitively with seekers' needs
 * @param gender         may be null (then no seeker with a preferred gender gets this candidate)
 * @param ageBand        may be null
 * @param preferredKinds kinds of help the candidate wants to give (case-insensitive); empty = any kind
 * @param capacity       free places (0 = gets nothing)
 */
public record Candidate(String id, List<LanguageAbility> languages, List<WeeklySlot> availability,
        String district, GeoPoint location, Set<String> interests, Set<String> skills, String gender,
        String ageBand, Set<String> preferredKinds, int capacity) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        languages = languages == null ? List.of() : List.copyOf(languages);
        availability = availability == null ? List.of() : List.copyOf(availability);
        interests = interests == null ? Set.of() : Set.copyOf(interests);
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        preferredKinds = preferredKinds == null ? Set.of() : Set.copyOf(preferredKinds);
        if (capacity < 0) {
            throw new IllegalArgumentException("candidate " + id + ": capacity must be 0 or more, was " + capacity);
        }
    }
}
