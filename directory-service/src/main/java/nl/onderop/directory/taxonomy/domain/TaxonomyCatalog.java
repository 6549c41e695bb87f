package nl.onderop.directory.taxonomy.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory's vocabularies: what services do ({@value #ACTIVITIES}) and whom they serve
 * ({@value #TARGET_GROUPS}). Term codes are unique across both, so a code alone names a term.
 */
public final class TaxonomyCatalog {

    public static final String ACTIVITIES = "onderop-activities";
    public static final String TARGET_GROUPS = "onderop-target-groups";

    private final List<Taxonomy> taxonomies;
    private final Map<String, TaxonomyTerm> termsByCode = new LinkedHashMap<>();
    private final Map<String, TaxonomyTerm> termsById = new LinkedHashMap<>();

    public TaxonomyCatalog(List<Taxonomy> taxonomies, List<TaxonomyTerm> terms) {
        this.taxonomies = List.copyOf(taxonomies);
        Set<String> taxonomyCodes = new LinkedHashSet<>();
        taxonomies.forEach(taxonomy -> taxonomyCodes.add(taxonomy.code()));
        for (TaxonomyTerm term : terms) {
            if (!taxonomyCodes.contains(term.taxonomy())) {
                throw new IllegalArgumentException("Term " + term.code() + " names an unknown taxonomy " + term.taxonomy());
            }
            if (term.parent() != null && !termsByCode.containsKey(term.parent())) {
                throw new IllegalArgumentException("Term " + term.code() + " names a parent listed after it or not at all");
            }
            if (termsByCode.putIfAbsent(term.code(), term) != null || termsById.putIfAbsent(term.id(), term) != null) {
                throw new IllegalArgumentException("Term listed twice: " + term.code());
            }
        }
    }

    public List<Taxonomy> taxonomies() {
        return taxonomies;
    }

    public Optional<Taxonomy> taxonomy(String code) {
        return taxonomies.stream().filter(taxonomy -> taxonomy.code().equals(code)).findFirst();
    }

    public List<TaxonomyTerm> terms() {
        return List.copyOf(termsByCode.values());
    }

    public List<TaxonomyTerm> terms(String taxonomy) {
        return termsByCode.values().stream().filter(term -> term.taxonomy().equals(taxonomy)).toList();
    }

    public Optional<TaxonomyTerm> term(String code) {
        return Optional.ofNullable(termsByCode.get(code));
    }

    public Optional<TaxonomyTerm> termById(String id) {
        return Optional.ofNullable(termsById.get(id));
    }

    public boolean isActivity(String code) {
        return term(code).filter(term -> term.taxonomy().equals(ACTIVITIES)).isPresent();
    }

    public boolean isTargetGroup(String code) {
        return term(code).filter(term -> term.taxonomy().equals(TARGET_GROUPS)).isPresent();
    }

    /** The codes with every broader term, so that a search for a group finds the services in its terms. */
    public Set<String> withAncestors(Collection<String> codes) {
        Set<String> expanded = new LinkedHashSet<>();
        for (String code : codes) {
            TaxonomyTerm term = termsByCode.get(code);
            while (term != null && expanded.add(term.code())) {
                term = term.parent() == null ? null : termsByCode.get(term.parent());
            }
        }
        return expanded;
    }

    /** The terms a service is filed under: activities without narrower terms. */
    public List<TaxonomyTerm> activityLeaves() {
        Set<String> parents = new LinkedHashSet<>();
        termsByCode.values().forEach(term -> {
            if (term.parent() != null) {
                parents.add(term.parent());
            }
        });
        List<TaxonomyTerm> leaves = new ArrayList<>();
        for (TaxonomyTerm term : terms(ACTIVITIES)) {
            if (!parents.contains(term.code())) {
                leaves.add(term);
            }
        }
        return leaves;
    }
}
