package nl.onderop.reporting.directorysummary.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisations per type in one tenant. Every known type is listed, with zero where there is none, so a gap
 * shows. Organisations are not people: their counts are not suppressed below five.
 */
public record DirectorySummary(String tenant, Map<String, Long> organizationsByType, long totalOrganizations) {

    public static final List<String> TYPES = List.of("initiative", "civil-society", "self-organisation", "municipality");

    public static DirectorySummary of(String tenant, Map<String, Long> counted) {
        Map<String, Long> byType = new LinkedHashMap<>();
        TYPES.forEach(type -> byType.put(type, counted.getOrDefault(type, 0L)));
        counted.forEach(byType::putIfAbsent);
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new DirectorySummary(tenant, Map.copyOf(byType), total);
    }
}
