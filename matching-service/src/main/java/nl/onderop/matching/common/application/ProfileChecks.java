package nl.onderop.matching.common.application;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.onderop.matching.common.domain.Language;
import nl.onderop.matching.common.domain.TimeSlot;
import nl.onderop.platform.errors.InvalidParam;

/** Field checks that newcomer profiles and help requests share; each violation is named by its field. */
public final class ProfileChecks {

    public static final Set<String> AGE_BANDS = Set.of("18-29", "30-49", "50-66", "67+");
    public static final Set<String> GENDERS = Set.of("female", "male", "non-binary");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ProfileChecks() {
    }

    public static void languages(String field, List<Language> languages, List<InvalidParam> problems) {
        for (int i = 0; i < languages.size(); i++) {
            Language language = languages.get(i);
            if (language.code() == null || !LANGUAGE.matcher(language.code()).matches()) {
                problems.add(new InvalidParam(field + "[" + i + "].code", "pattern", "An ISO 639 code, e.g. ar."));
            }
            if (language.rank() < 0) {
                problems.add(new InvalidParam(field + "[" + i + "].level", "enum", "A0, A1, A2, B1, B2, C1, C2 or native."));
            }
        }
    }

    public static void languageCodes(String field, List<String> codes, List<InvalidParam> problems) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || !LANGUAGE.matcher(codes.get(i)).matches()) {
                problems.add(new InvalidParam(field + "[" + i + "]", "pattern", "An ISO 639 code, e.g. ar."));
            }
        }
    }

    public static void codes(String field, List<String> values, List<InvalidParam> problems) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !CODE.matcher(values.get(i)).matches()) {
                problems.add(new InvalidParam(field + "[" + i + "]", "pattern", "Lower-case words joined by hyphens."));
            }
        }
    }

    public static void slots(String field, List<TimeSlot> slots, List<InvalidParam> problems) {
        for (int i = 0; i < slots.size(); i++) {
            if (!slots.get(i).from().isBefore(slots.get(i).to())) {
                problems.add(new InvalidParam(field + "[" + i + "].to", "range", "Later than from."));
            }
        }
    }

    public static void oneOf(String field, String value, Set<String> allowed, List<InvalidParam> problems) {
        if (value != null && !allowed.contains(value)) {
            problems.add(new InvalidParam(field, "enum", "One of " + String.join(", ", allowed.stream().sorted().toList()) + "."));
        }
    }
}
