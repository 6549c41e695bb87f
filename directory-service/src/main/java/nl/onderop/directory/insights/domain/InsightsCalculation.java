package nl.onderop.directory.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.VerificationPeriod;

/**
 * Computes {@link RegieInsights} from the tenant's own entries. Pure: the same entries give the same
 * answer, so the rules are testable without a store.
 */
public final class InsightsCalculation {

    /** Three or more active services of one activity in one district is worth a conversation. */
    public static final int OVERLAP_THRESHOLD = 3;

    private InsightsCalculation() {
    }

    /**
     * @param categories the activity codes to report on, in display order (the taxonomy's leaves)
     * @param services   every service of the tenant, in any publication state
     * @param language   the reader's language for the names of stale entries
     */
    public static RegieInsights compute(String tenant, LocalDate today, List<String> categories, int organizations,
                                        Collection<ServiceEntry> services, VerificationPeriod period, String language) {
        List<ServiceEntry> published = services.stream().filter(ServiceEntry::isPublished).toList();
        List<ServiceEntry> active = published.stream().filter(entry -> entry.content().isActive()).toList();

        Map<String, List<ServiceEntry>> byCategory = new LinkedHashMap<>();
        categories.forEach(category -> byCategory.put(category, new ArrayList<>()));
        for (ServiceEntry entry : active) {
            for (String category : entry.content().categories()) {
                byCategory.computeIfAbsent(category, unlisted -> new ArrayList<>()).add(entry);
            }
        }

        List<RegieInsights.CategoryCoverage> coverage = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<RegieInsights.Overlap> overlaps = new ArrayList<>();
        byCategory.forEach((category, entries) -> {
            if (entries.isEmpty()) {
                gaps.add(category);
            }
            Map<String, List<ServiceEntry>> byDistrict = new TreeMap<>();
            entries.forEach(entry -> entry.content().districts()
                    .forEach(district -> byDistrict.computeIfAbsent(district, d -> new ArrayList<>()).add(entry)));
            List<RegieInsights.DistrictCoverage> districts = new ArrayList<>();
            byDistrict.forEach((district, inDistrict) -> {
                districts.add(new RegieInsights.DistrictCoverage(district, inDistrict.size(), organizationsOf(inDistrict)));
                if (inDistrict.size() >= OVERLAP_THRESHOLD) {
                    overlaps.add(new RegieInsights.Overlap(category, district,
                            inDistrict.stream().map(ServiceEntry::id).sorted().toList()));
                }
            });
            coverage.add(new RegieInsights.CategoryCoverage(category, entries.size(), organizationsOf(entries), districts));
        });

        List<RegieInsights.StaleEntry> stale = published.stream()
                .filter(entry -> period.isStale(entry, today))
                .map(entry -> new RegieInsights.StaleEntry(entry.id(), entry.organizationId(),
                        entry.content().name().in(language), period.dueOn(entry)))
                .sorted(Comparator.comparing(RegieInsights.StaleEntry::dueOn).thenComparing(RegieInsights.StaleEntry::serviceId))
                .toList();

        return new RegieInsights(tenant, today,
                new RegieInsights.Totals(organizations, published.size(), active.size(), stale.size()),
                coverage, gaps, overlaps, stale);
    }

    private static int organizationsOf(List<ServiceEntry> entries) {
        Set<String> organizations = new TreeSet<>();
        entries.forEach(entry -> organizations.add(entry.organizationId()));
        return organizations.size();
    }
}
