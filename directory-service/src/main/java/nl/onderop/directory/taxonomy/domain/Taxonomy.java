package nl.onderop.directory.taxonomy.domain;

import java.util.Objects;

import nl.onderop.directory.i18n.LocalizedText;

/** A versioned vocabulary (HSDS taxonomy), e.g. {@code onderop-activities}. */
public record Taxonomy(String id, String code, String version, String uri, LocalizedText name, LocalizedText description) {

    public Taxonomy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        name = name == null ? LocalizedText.EMPTY : name;
        description = description == null ? LocalizedText.EMPTY : description;
    }
}
