package nl.onderop.directory.service.application;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.directory.search.SearchQuery;
import nl.onderop.directory.service.domain.ServiceStatus;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.platform.web.TenantRegistry;

/**
 * The public search of the sociale kaart. Every criterion is checked first, all at once, so that a reader
 * learns each wrong parameter by name; then the in-memory index answers without touching the store.
 */
@Component
public class SearchServices {

    public static final int MAX_PAGE_SIZE = 50;
    public static final double MAX_RADIUS_KM = 100;
    public static final double DEFAULT_RADIUS_KM = 5;

    /** Query parameters as given; null where absent. */
    public record Criteria(String text, String tenant, String category, String targetGroup, String language,
                           String district, Boolean free, String openOn, Double latitude, Double longitude,
                           Double radiusKm, String status, int page, int pageSize) {
    }

    private final PublicServiceCatalog catalog;
    private final TaxonomyCatalog taxonomy;
    private final TenantRegistry tenants;

    public SearchServices(PublicServiceCatalog catalog, TaxonomyCatalog taxonomy, TenantRegistry tenants) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.tenants = tenants;
    }

    /**
     * Checks the criteria, then asks the index. Lucene reads and scores on the calling thread, so it runs on
     * the bounded elastic scheduler, never on an event-loop thread.
     */
    public Mono<PublicServiceCatalog.SearchResult> search(Criteria criteria) {
        return Mono.fromCallable(() -> catalog.search(query(criteria))).subscribeOn(Schedulers.boundedElastic());
    }

    SearchQuery query(Criteria c) {
        List<InvalidParam> problems = new ArrayList<>();
        if (c.text() != null && c.text().length() > 200) {
            problems.add(new InvalidParam("q", "maxLength", "At most 200 characters."));
        }
        if (c.tenant() != null && !tenants.isKnown(c.tenant())) {
            problems.add(new InvalidParam("tenant", "unknown", "Not a tenant of this platform: " + c.tenant()));
        }
        if (c.category() != null && !taxonomy.isActivity(c.category())) {
            problems.add(new InvalidParam("category", "unknownTerm", "Not a term of onderop-activities: " + c.category()));
        }
        if (c.targetGroup() != null && !taxonomy.isTargetGroup(c.targetGroup())) {
            problems.add(new InvalidParam("targetGroup", "unknownTerm",
                    "Not a term of onderop-target-groups: " + c.targetGroup()));
        }
        if (c.language() != null && !c.language().matches("[a-z]{2}")) {
            problems.add(new InvalidParam("language", "pattern", "A two-letter ISO 639-1 code, e.g. ar."));
        }
        DayOfWeek openOn = weekday(c.openOn(), problems);
        SearchQuery.Near near = near(c, problems);
        Set<String> statuses = statuses(c.status(), problems);
        if (c.page() < 1 || c.page() > 1000) {
            problems.add(new InvalidParam("page", "range", "Between 1 and 1000."));
        }
        if (c.pageSize() < 1 || c.pageSize() > MAX_PAGE_SIZE) {
            problems.add(new InvalidParam("pageSize", "range", "Between 1 and " + MAX_PAGE_SIZE + "."));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return new SearchQuery(c.text(), c.tenant(), c.category(), c.targetGroup(), c.language(), c.district(), c.free(),
                openOn, near, statuses, c.page(), c.pageSize());
    }

    private static DayOfWeek weekday(String openOn, List<InvalidParam> problems) {
        if (openOn == null) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(openOn.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notADay) {
            problems.add(new InvalidParam("openOn", "enum", "A weekday in English, e.g. tuesday."));
            return null;
        }
    }

    private static SearchQuery.Near near(Criteria c, List<InvalidParam> problems) {
        if (c.latitude() == null && c.longitude() == null) {
            if (c.radiusKm() != null) {
                problems.add(new InvalidParam("radiusKm", "dependency", "Give latitude and longitude with a radius."));
            }
            return null;
        }
        boolean valid = true;
        if (c.latitude() == null || c.latitude() < -90 || c.latitude() > 90 || c.latitude().isNaN()) {
            problems.add(new InvalidParam("latitude", "range", "Between -90 and 90, given together with longitude."));
            valid = false;
        }
        if (c.longitude() == null || c.longitude() < -180 || c.longitude() > 180 || c.longitude().isNaN()) {
            problems.add(new InvalidParam("longitude", "range", "Between -180 and 180, given together with latitude."));
            valid = false;
        }
        double radius = c.radiusKm() == null ? DEFAULT_RADIUS_KM : c.radiusKm();
        if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
            problems.add(new InvalidParam("radiusKm", "range", "More than 0 and at most " + (int) MAX_RADIUS_KM + "."));
            valid = false;
        }
        return valid ? new SearchQuery.Near(c.latitude(), c.longitude(), radius) : null;
    }

    /** Active services unless asked otherwise; {@code any} drops the criterion. */
    private static Set<String> statuses(String status, List<InvalidParam> problems) {
        if (status == null) {
            return Set.of(ServiceStatus.ACTIVE.value());
        }
        if ("any".equals(status)) {
            return Set.of();
        }
        if (ServiceStatus.fromValue(status).isEmpty()) {
            problems.add(new InvalidParam("status", "enum", "One of active, inactive, defunct, temporarily closed, any."));
            return Set.of();
        }
        return Set.of(status);
    }
}
