package nl.onderop.volunteers.csvimport.domain;

import java.util.Locale;

/** Where an import job is: {@code queued} and {@code running} are active, the other two are final. */
public enum ImportJobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
