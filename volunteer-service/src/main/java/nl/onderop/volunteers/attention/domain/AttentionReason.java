package nl.onderop.volunteers.attention.domain;

import java.util.Locale;

/** Why a coordinator should look at a volunteer. */
public enum AttentionReason {
    /** An active volunteer logged nothing (and had no check-in) for the organisation's number of weeks. */
    NO_RECENT_ACTIVITY,
    /** A volunteer who signed up that many weeks ago and never logged anything. */
    NO_FIRST_ACTIVITY,
    /** More organisations with buddy meetings in the window than the volunteer said it could carry. */
    ABOVE_CAPACITY;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
