package nl.onderop.volunteers.training.domain;

import java.util.Locale;

/** Has the volunteer a place, or does it wait for one (first come, first served)? */
public enum EnrolmentState {
    ENROLLED,
    WAITLISTED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
