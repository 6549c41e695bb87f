package nl.onderop.volunteers.volunteer.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a volunteer tells about themselves. Contact details ({@code email}, {@code phone}) and names stay
 * inside this service: they never leave it in events and are hidden from the tenant pool. {@code gender} and
 * {@code ageBand} are optional and self-declared; matching uses them for newcomers' declared preferences.
 */
public record VolunteerProfile(
        String firstName,
        String lastName,
        String email,
        String phone,
        List<LanguageSkill> languages,
        List<String> skills,
        List<String> interests,
        List<TimeSlot> availability,
        String district,
        int maxConcurrentMatches,
        List<String> preferredActivities,
        boolean newcomer,
        CertificateOfConduct certificateOfConduct,
        String gender,
        String ageBand) {

    /** The self-declared genders a profile may name; none is fine too. */
    public static final Set<String> GENDERS = Set.of("female", "male", "non-binary");
    /** The age bands a profile may name; none is fine too. */
    public static final List<String> AGE_BANDS = List.of("18-29", "30-49", "50-66", "67+");

    /** The profile of an erased volunteer: nothing of the person. */
    public static final VolunteerProfile ERASED = new VolunteerProfile("", null, null, null, List.of(), List.of(),
            List.of(), List.of(), null, 0, List.of(), false, null, null, null);

    public VolunteerProfile {
        Objects.requireNonNull(firstName, "firstName");
        languages = languages == null ? List.of() : List.copyOf(languages);
        skills = skills == null ? List.of() : List.copyOf(skills);
        interests = interests == null ? List.of() : List.copyOf(interests);
        availability = availability == null ? List.of() : List.copyOf(availability);
        preferredActivities = preferredActivities == null ? List.of() : List.copyOf(preferredActivities);
        certificateOfConduct = certificateOfConduct == null ? CertificateOfConduct.NONE : certificateOfConduct;
    }

    /** A language and how well: {@code native} or a CEFR level (A1 … C2). */
    public record LanguageSkill(String code, String level) {
    }

    /** A weekly slot in which the volunteer is usually available, local time. */
    public record TimeSlot(DayOfWeek day, LocalTime from, LocalTime to) {

        public TimeSlot {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean covers(DayOfWeek onDay, LocalTime at) {
            return day == onDay && !at.isBefore(from) && at.isBefore(to);
        }
    }

    /** The VOG (Verklaring Omtrent het Gedrag): none, requested, valid or expired, with its date. */
    public record CertificateOfConduct(String status, LocalDate date) {

        public static final CertificateOfConduct NONE = new CertificateOfConduct("none", null);
    }

    /** The same self-declared profile with what the volunteer's organisation decided, taken from {@code decided}. */
    public VolunteerProfile withDecisionsOf(VolunteerProfile decided) {
        return withDecisions(decided.maxConcurrentMatches, decided.newcomer, decided.certificateOfConduct);
    }

    /** The same self-declared profile with these organisation decisions (match capacity, newcomer, VOG). */
    public VolunteerProfile withDecisions(int matches, boolean isNewcomer, CertificateOfConduct certificate) {
        return new VolunteerProfile(firstName, lastName, email, phone, languages, skills, interests, availability,
                district, matches, preferredActivities, isNewcomer, certificate, gender, ageBand);
    }

    public boolean speaks(String language) {
        return languages.stream().anyMatch(skill -> skill.code().equals(language));
    }
}
