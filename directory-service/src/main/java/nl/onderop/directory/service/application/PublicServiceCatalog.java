package nl.onderop.directory.service.application;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import nl.onderop.directory.search.GeoPoint;
import nl.onderop.directory.search.SearchDocument;
import nl.onderop.directory.search.SearchHits;
import nl.onderop.directory.search.SearchQuery;
import nl.onderop.directory.search.ServiceSearchIndex;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceLocation;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;

/**
 * What the public sees, held in memory by every instance: the published services and a search index over
 * them. Local writes land here at once; {@link PublicServiceCatalogSync} brings in the writes of other
 * instances. An older version never overwrites a newer one, whichever path brings it first.
 */
@Component
public class PublicServiceCatalog {

    public record Found(ServiceEntry entry, Double distanceKm) {
    }

    public record SearchResult(List<Found> found, long total) {
    }

    private final TaxonomyCatalog taxonomy;
    private final ServiceSearchIndex index = new ServiceSearchIndex();
    private final Map<String, ServiceEntry> published = new ConcurrentHashMap<>();
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final Map<String, String> organizationNames = new ConcurrentHashMap<>();

    public PublicServiceCatalog(TaxonomyCatalog taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Takes in a stored entry: published ones are indexed, anything else leaves the public view. */
    public void accept(ServiceEntry entry) {
        acceptAll(List.of(entry));
    }

    /**
     * Takes in stored entries in one index refresh; an entry not newer than the one held is ignored. The version
     * check and the staging happen under the lock, so the index follows the order of versions; the refresh
     * happens outside it, so that concurrent writers share it.
     */
    public void acceptAll(Collection<ServiceEntry> entries) {
        stage(entries);
        index.refresh();
    }

    private synchronized void stage(Collection<ServiceEntry> entries) {
        List<SearchDocument> upserts = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        for (ServiceEntry entry : entries) {
            Long known = versions.get(entry.id());
            if (known != null && known >= entry.version()) {
                continue;
            }
            versions.put(entry.id(), entry.version());
            if (entry.isPublished()) {
                published.put(entry.id(), entry);
                upserts.add(toSearchDocument(entry));
            } else if (published.remove(entry.id()) != null) {
                removals.add(entry.id());
            }
        }
        index.stage(upserts, removals);
    }

    public synchronized void replaceAll(Collection<ServiceEntry> entries, Map<String, String> organizationNamesById) {
        organizationNames.clear();
        organizationNames.putAll(organizationNamesById);
        published.clear();
        versions.clear();
        List<SearchDocument> documents = new ArrayList<>();
        for (ServiceEntry entry : entries) {
            versions.put(entry.id(), entry.version());
            if (entry.isPublished()) {
                published.put(entry.id(), entry);
                documents.add(toSearchDocument(entry));
            }
        }
        index.replaceAll(documents);
    }

    public void rememberOrganizationName(String organizationId, String name) {
        organizationNames.put(organizationId, name);
    }

    public Optional<ServiceEntry> published(String id) {
        return Optional.ofNullable(published.get(id));
    }

    public Collection<ServiceEntry> allPublished() {
        return List.copyOf(published.values());
    }

    public int size() {
        return published.size();
    }

    public SearchResult search(SearchQuery query) {
        SearchHits hits = index.search(query);
        List<Found> found = new ArrayList<>(hits.hits().size());
        for (SearchHits.Hit hit : hits.hits()) {
            ServiceEntry entry = published.get(hit.id());
            if (entry != null) {
                found.add(new Found(entry, hit.distanceKm()));
            }
        }
        return new SearchResult(found, hits.totalHits());
    }

    private SearchDocument toSearchDocument(ServiceEntry entry) {
        var content = entry.content();
        List<String> extraText = new ArrayList<>();
        Optional.ofNullable(organizationNames.get(entry.organizationId())).ifPresent(extraText::add);
        Set<String> categories = taxonomy.withAncestors(content.categories());
        Set<String> described = new HashSet<>(categories);
        described.addAll(content.targetGroups());
        described.forEach(code -> taxonomy.term(code).ifPresent(term -> extraText.addAll(term.labels().values().values())));
        extraText.addAll(content.districts());
        Set<DayOfWeek> openOn = EnumSet.noneOf(DayOfWeek.class);
        content.schedules().forEach(schedule -> openOn.addAll(schedule.openOn()));
        List<GeoPoint> points = content.locations().stream()
                .filter(ServiceLocation::hasCoordinates)
                .map(location -> new GeoPoint(location.latitude(), location.longitude()))
                .toList();
        return new SearchDocument(entry.id(), entry.tenant(), entry.organizationId(), content.name().values(),
                content.description().values(), extraText, categories, Set.copyOf(content.targetGroups()),
                Set.copyOf(content.languages()), content.districts(), content.free(), openOn, points,
                content.status().value());
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
