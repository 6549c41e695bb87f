package nl.onderop.directory.hsds.adapter.web;

import org.springframework.stereotype.Component;

import nl.onderop.directory.taxonomy.domain.Taxonomy;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;

/** The directory's vocabularies as HSDS taxonomy and taxonomy_term objects, in the reader's language. */
@Component
class HsdsTaxonomyMapper {

    private final TaxonomyCatalog catalog;

    HsdsTaxonomyMapper(TaxonomyCatalog catalog) {
        this.catalog = catalog;
    }

    /** HSDS requires a name and a description; a vocabulary without them is named by its code. */
    HsdsObjects.Taxonomy taxonomy(Taxonomy taxonomy, String language) {
        String name = orElse(taxonomy.name().in(language), taxonomy.code());
        return new HsdsObjects.Taxonomy(taxonomy.id(), name, orElse(taxonomy.description().in(language), name),
                taxonomy.uri(), taxonomy.version());
    }

    /** The taxonomy's version travels in {@code taxonomy_detail}: HSDS gives a term no version of its own. */
    HsdsObjects.TaxonomyTerm term(TaxonomyTerm term, String language) {
        Taxonomy taxonomy = catalog.taxonomy(term.taxonomy()).orElseThrow();
        String name = orElse(term.labels().in(language), term.code());
        String parentId = term.parent() == null ? null : catalog.term(term.parent()).map(TaxonomyTerm::id).orElse(null);
        return new HsdsObjects.TaxonomyTerm(term.id(), term.code(), name, orElse(term.description().in(language), name),
                parentId, orElse(taxonomy.uri(), taxonomy.code()), taxonomy.id(), taxonomy(taxonomy, language),
                term.labels().languageServed(language));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
