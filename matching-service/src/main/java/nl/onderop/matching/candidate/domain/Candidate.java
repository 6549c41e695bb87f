package nl.onderop.matching.candidate.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.onderop.matching.common.domain.Language;
import nl.onderop.matching.common.domain.TimeSlot;

/**
 * A volunteer as matching knows it: what the volunteer service's events tell, no names or contact details.
 * {@code account} is the volunteer's login subject, so that a volunteer can see and answer its own matches.
 * {@code version} is the volunteer's version in its own service: an older event never overwrites a newer one.
 */
public record Candidate(String volunteerId, String tenant, String account, List<String> organizations, String status,
                        boolean inPool, List<Language> languages, List<String> skills, List<String> interests,
                        List<TimeSlot> availability, String district, int maxConcurrentMatches,
                        List<String> preferredActivities, String gender, String ageBand, boolean newcomer, long version,
                        Instant updatedAt) {

    public Candidate {
        Objects.requireNonNull(volunteerId, "volunteerId");
        Objects.requireNonNull(tenant, "tenant");
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        languages = languages == null ? List.of() : List.copyOf(languages);
        skills = skills == null ? List.of() : List.copyOf(skills);
        interests = interests == null ? List.of() : List.copyOf(interests);
        availability = availability == null ? List.of() : List.copyOf(availability);
        preferredActivities = preferredActivities == null ? List.of() : List.copyOf(preferredActivities);
    }

    public boolean isActive() {
        return "active".equals(status);
    }

    public boolean isMemberOf(String organization) {
        return organizations.contains(organization);
    }
}
