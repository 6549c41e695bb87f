package nl.onderop.volunteers.introduction.domain;

import java.util.Locale;

public enum IntroductionStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
