package nl.onderop.volunteers.volunteer.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/**
 * What every profile must satisfy, however it arrives (the API, a CSV import): the sizes and formats the API's
 * request types declare (their annotations use the constants below, so the two cannot drift apart) and the
 * rules beyond shape; every violation named by its field, all at once.
 */
@Component
public class VolunteerProfileRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;
    public static final String PHONE = "[0-9+()\\- ]{3,40}";
    public static final String PHONE_HINT = "Digits, spaces, + - ( ).";
    public static final int MAX_DISTRICT = 100;
    public static final int MAX_LANGUAGES = 20;
    public static final int MAX_KEYWORDS = 30;
    public static final int MAX_ACTIVITIES = 20;
    public static final int MAX_KEYWORD = 60;
    public static final int MAX_SLOTS = 28;
    /** The shape Bean Validation's {@code @Email} accepts: something, one {@code @}, something, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE_PATTERN = Pattern.compile(PHONE);

    public static final Set<String> LEVELS = Set.of("native", "C2", "C1", "B2", "B1", "A2", "A1");
    public static final Set<String> CERTIFICATE_STATUSES = Set.of("none", "requested", "valid", "expired");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public void check(VolunteerProfile profile) {
        List<InvalidParam> problems = new ArrayList<>();
        shape(profile, problems);
        for (int i = 0; i < profile.languages().size(); i++) {
            VolunteerProfile.LanguageSkill language = profile.languages().get(i);
            if (language.code() == null || !LANGUAGE.matcher(language.code()).matches()) {
                problems.add(new InvalidParam("languages[" + i + "].code", "pattern", "An ISO 639 code, e.g. ar."));
            }
            if (!LEVELS.contains(language.level())) {
                problems.add(new InvalidParam("languages[" + i + "].level", "enum", "native or a CEFR level A1 … C2."));
            }
        }
        codes("skills", profile.skills(), problems);
        codes("interests", profile.interests(), problems);
        codes("preferredActivities", profile.preferredActivities(), problems);
        for (int i = 0; i < profile.availability().size(); i++) {
            VolunteerProfile.TimeSlot slot = profile.availability().get(i);
            if (!slot.from().isBefore(slot.to())) {
                problems.add(new InvalidParam("availability[" + i + "].to", "range", "Later than from."));
            }
        }
        if (profile.maxConcurrentMatches() < 0 || profile.maxConcurrentMatches() > 10) {
            problems.add(new InvalidParam("maxConcurrentMatches", "range", "Between 0 and 10."));
        }
        if (!CERTIFICATE_STATUSES.contains(profile.certificateOfConduct().status())) {
            problems.add(new InvalidParam("certificateOfConduct.status", "enum", "One of none, requested, valid, expired."));
        } else if (!"none".equals(profile.certificateOfConduct().status()) && profile.certificateOfConduct().date() == null) {
            problems.add(new InvalidParam("certificateOfConduct.date", "required", "The date of the request or the certificate."));
        }
        if (profile.gender() != null && !VolunteerProfile.GENDERS.contains(profile.gender())) {
            problems.add(new InvalidParam("gender", "enum", "One of female, male, non-binary, or leave it out."));
        }
        if (profile.ageBand() != null && !VolunteerProfile.AGE_BANDS.contains(profile.ageBand())) {
            problems.add(new InvalidParam("ageBand", "enum", "One of 18-29, 30-49, 50-66, 67+, or leave it out."));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private static void shape(VolunteerProfile profile, List<InvalidParam> problems) {
        length("firstName", profile.firstName(), MAX_NAME, problems);
        if (profile.firstName().isBlank()) {
            problems.add(new InvalidParam("firstName", "required", "Every volunteer needs a first name."));
        }
        length("lastName", profile.lastName(), MAX_NAME, problems);
        if (length("email", profile.email(), MAX_EMAIL, problems) && !EMAIL.matcher(profile.email()).matches()) {
            problems.add(new InvalidParam("email", "format", "An e-mail address, e.g. naam@example.nl."));
        }
        if (length("phone", profile.phone(), MAX_PHONE, problems) && !PHONE_PATTERN.matcher(profile.phone()).matches()) {
            problems.add(new InvalidParam("phone", "pattern", PHONE_HINT));
        }
        length("district", profile.district(), MAX_DISTRICT, problems);
        count("languages", profile.languages(), MAX_LANGUAGES, problems);
        count("skills", profile.skills(), MAX_KEYWORDS, problems);
        count("interests", profile.interests(), MAX_KEYWORDS, problems);
        count("preferredActivities", profile.preferredActivities(), MAX_ACTIVITIES, problems);
        count("availability", profile.availability(), MAX_SLOTS, problems);
        for (Map.Entry<String, List<String>> keywords : List.of(Map.entry("skills", profile.skills()),
                Map.entry("interests", profile.interests()), Map.entry("preferredActivities", profile.preferredActivities()))) {
            for (int i = 0; i < keywords.getValue().size(); i++) {
                length(keywords.getKey() + "[" + i + "]", keywords.getValue().get(i), MAX_KEYWORD, problems);
            }
        }
    }

    /** Adds a problem when the value is longer than allowed; tells whether there is a value to check further. */
    private static boolean length(String field, String value, int max, List<InvalidParam> problems) {
        if (value == null) {
            return false;
        }
        if (value.length() > max) {
            problems.add(new InvalidParam(field, "size", "At most " + max + " characters."));
            return false;
        }
        return true;
    }

    private static void count(String field, List<?> values, int max, List<InvalidParam> problems) {
        if (values.size() > max) {
            problems.add(new InvalidParam(field, "size", "At most " + max + " entries."));
        }
    }

    private static void codes(String field, List<String> values, List<InvalidParam> problems) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !CODE.matcher(values.get(i)).matches()) {
                problems.add(new InvalidParam(field + "[" + i + "]", "pattern", "Lower-case words joined by hyphens."));
            }
        }
    }
}
