package nl.onderop.directory.search;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the index knows about one directory service: a public projection, nothing personal.
 *
 * <p>Collections are copied; {@code null} collections become empty and {@code null} or blank entries are
 * dropped, so a projection built from a partly filled record can be indexed as it is.
 *
 * @param names        language code (nl, en, ar, ti, ...) to name; the {@code nl} name also gives the order
 *                     of a search without text
 * @param descriptions language code to description
 * @param extraText    organisation name, category labels in all languages, district names: searchable with
 *                     a lower weight than name and description
 * @param categories   taxonomy term codes, already expanded with their ancestors
 * @param targetGroups taxonomy term codes
 * @param languages    ISO 639-1 codes of the languages the service is offered in
 * @param districts    wijk names as written, e.g. "Schalkwijk", "Hof van Delft"
 * @param openOn       weekdays the service is open
 * @param points       locations; empty for a service that is only virtual
 * @param status       active, inactive, defunct or temporarily closed
 */
public record SearchDocument(
        String id,
        String tenant,
        String organizationId,
        Map<String, String> names,
        Map<String, String> descriptions,
        List<String> extraText,
        Set<String> categories,
        Set<String> targetGroups,
        Set<String> languages,
        Set<String> districts,
        boolean free,
        Set<DayOfWeek> openOn,
        List<GeoPoint> points,
        String status) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        names = withoutBlanks(names);
        descriptions = withoutBlanks(descriptions);
        extraText = extraText == null ? List.of() : extraText.stream().filter(SearchDocument::hasText).toList();
        categories = withoutBlanks(categories);
        targetGroups = withoutBlanks(targetGroups);
        languages = withoutBlanks(languages);
        districts = withoutBlanks(districts);
        openOn = openOn == null ? Set.of()
                : openOn.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        points = points == null ? List.of() : points.stream().filter(Objects::nonNull).toList();
    }

    private static Map<String, String> withoutBlanks(Map<String, String> texts) {
        if (texts == null) {
            return Map.of();
        }
        return texts.entrySet().stream()
                .filter(entry -> hasText(entry.getKey()) && hasText(entry.getValue()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Set<String> withoutBlanks(Set<String> values) {
        return values == null ? Set.of()
                : values.stream().filter(SearchDocument::hasText).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
