package nl.onderop.matching.outcome.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The life domains a goal belongs to; self-reliance is split into bureaucracy, money and digital. */
public enum OutcomeDomain {
    LANGUAGE,
    SOCIAL_NETWORK,
    WORK_AND_EDUCATION,
    SELF_RELIANCE_BUREAUCRACY,
    SELF_RELIANCE_MONEY,
    SELF_RELIANCE_DIGITAL,
    WELLBEING;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OutcomeDomain> fromValue(String value) {
        return Arrays.stream(values()).filter(domain -> domain.value().equals(value)).findFirst();
    }
}
