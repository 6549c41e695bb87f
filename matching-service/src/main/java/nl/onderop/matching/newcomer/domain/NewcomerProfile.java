package nl.onderop.matching.newcomer.domain;

import java.util.List;
import java.util.Objects;

import nl.onderop.matching.common.domain.Language;
import nl.onderop.matching.common.domain.TimeSlot;

/**
 * What matching knows of a newcomer: pseudonymous on purpose. A first name or alias, languages with level,
 * interests, needs (activity codes of the directory's taxonomy), weekly availability, district, an optional age
 * band and preference, and what the newcomer can offer others. No BSN, nationality, religion, health or
 * contact details: those stay with the organisation.
 */
public record NewcomerProfile(
        String alias,
        List<Language> languages,
        List<String> interests,
        List<String> needs,
        List<TimeSlot> availability,
        String district,
        String ageBand,
        String preferredVolunteerGender,
        List<String> offeredSkills,
        List<String> offeredLanguages) {

    /** The profile of an erased newcomer: nothing of the person. */
    public static final NewcomerProfile ERASED = new NewcomerProfile("", List.of(), List.of(), List.of(), List.of(),
            null, null, null, List.of(), List.of());

    public NewcomerProfile {
        Objects.requireNonNull(alias, "alias");
        languages = languages == null ? List.of() : List.copyOf(languages);
        interests = interests == null ? List.of() : List.copyOf(interests);
        needs = needs == null ? List.of() : List.copyOf(needs);
        availability = availability == null ? List.of() : List.copyOf(availability);
        offeredSkills = offeredSkills == null ? List.of() : List.copyOf(offeredSkills);
        offeredLanguages = offeredLanguages == null ? List.of() : List.copyOf(offeredLanguages);
    }
}
