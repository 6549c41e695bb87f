package nl.onderop.directory.taxonomy.domain;

import java.util.Objects;

import nl.onderop.directory.i18n.LocalizedText;

/** One term of a taxonomy; {@code parent} is the code of the broader term, null at the top. */
public record TaxonomyTerm(String id, String taxonomy, String code, String parent, LocalizedText labels,
                           LocalizedText description) {

    public TaxonomyTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(code, "code");
        labels = labels == null ? LocalizedText.EMPTY : labels;
        description = description == null ? LocalizedText.EMPTY : description;
    }

    public boolean isTopLevel() {
        return parent == null;
    }
}
