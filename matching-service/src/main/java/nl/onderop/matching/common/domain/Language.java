package nl.onderop.matching.common.domain;

import java.util.List;
import java.util.Locale;

/** A language (ISO 639 code) and how well: A0 … C2 or {@code native}. */
public record Language(String code, String level) {

    public static final List<String> LEVELS = List.of("A0", "A1", "A2", "B1", "B2", "C1", "C2", "native");

    /** 0 for A0 up to 7 for native; -1 for an unknown level. */
    public int rank() {
        if (level == null) {
            return -1;
        }
        String normalised = level.equalsIgnoreCase("native") ? "native" : level.toUpperCase(Locale.ROOT);
        return LEVELS.indexOf(normalised);
    }
}
