package nl.onderop.volunteers.volunteer.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/** What a profile must satisfy beyond its shape; every violation named by its field, all at once. */
@Component
public class VolunteerProfileRules {

    public static final Set<String> LEVELS = Set.of("native", "C2", "C1", "B2", "B1", "A2", "A1");
    public static final Set<String> CERTIFICATE_STATUSES = Set.of("none", "requested", "valid", "expired");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public void check(VolunteerProfile profile) {
        List<InvalidParam> problems = new ArrayList<>();
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

    private static void codes(String field, List<String> values, List<InvalidParam> problems) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !CODE.matcher(values.get(i)).matches()) {
                problems.add(new InvalidParam(field + "[" + i + "]", "pattern", "Lower-case words joined by hyphens."));
            }
        }
    }
}
