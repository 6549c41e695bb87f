package nl.onderop.directory.search;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Set;

/**
 * One search of the directory. Every criterion is optional: {@code null} (or an empty {@code statuses}) means
 * "no filter". Only impossible values are rejected here; limits meant for users (page size, text length) are
 * checked by the web layer.
 *
 * @param text     free text; {@code null} or blank: no text criterion, and results are ordered by Dutch name
 *                 unless {@code near} is set
 * @param district wijk name, matched case-insensitively
 * @param page     counts from 1
 */
public record SearchQuery(
        String text,
        String tenant,
        String category,
        String targetGroup,
        String language,
        String district,
        Boolean free,
        DayOfWeek openOn,
        Near near,
        Set<String> statuses,
        int page,
        int pageSize) {

    public SearchQuery {
        if (page < 1) {
            throw new IllegalArgumentException("page counts from 1, was " + page);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses.stream().filter(Objects::nonNull).toList());
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    /**
     * Only services with a location within {@code radiusKm} of this point, closest first.
     */
    public record Near(double latitude, double longitude, double radiusKm) {

        public Near {
            Coordinates.requireValid(latitude, longitude);
            if (!(radiusKm > 0.0) || Double.isInfinite(radiusKm)) {
                throw new IllegalArgumentException("radiusKm must be a positive number, was " + radiusKm);
            }
        }
    }
}
