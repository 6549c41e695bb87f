package nl.onderop.directory.insights.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The municipality's overview of its sociale kaart: what is on offer per activity and district, where
 * nothing is (gaps), where much is (overlaps), and which entries need a new verification (stale).
 * Counts only published, active services: what a newcomer can actually find.
 */
public record RegieInsights(
        String tenant,
        LocalDate computedOn,
        Totals totals,
        List<CategoryCoverage> categories,
        List<String> gaps,
        List<Overlap> overlaps,
        List<StaleEntry> stale) {

    public record Totals(int organizations, int publishedServices, int activeServices, int staleServices) {
    }

    public record CategoryCoverage(String category, int activeServices, int organizations,
                                   List<DistrictCoverage> districts) {
    }

    public record DistrictCoverage(String district, int activeServices, int organizations) {
    }

    public record Overlap(String category, String district, List<String> serviceIds) {
    }

    public record StaleEntry(String serviceId, String organizationId, String name, LocalDate dueOn) {
    }
}
