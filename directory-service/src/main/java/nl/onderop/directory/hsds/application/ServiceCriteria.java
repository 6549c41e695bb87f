package nl.onderop.directory.hsds.application;

import java.time.Instant;

import nl.onderop.directory.taxonomy.domain.Taxonomy;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;

/**
 * The HSDS filters of a service list, already checked; {@code null} means "no filter".
 *
 * @param text          free text for the search index
 * @param term          services filed under this term or, for an activity, under a narrower one
 * @param taxonomy      services with at least one term of this taxonomy
 * @param modifiedAfter services changed at or after this moment
 */
public record ServiceCriteria(String text, TaxonomyTerm term, Taxonomy taxonomy, String organizationId,
                              Instant modifiedAfter) {

    public static final ServiceCriteria NONE = new ServiceCriteria(null, null, null, null, null);
}
