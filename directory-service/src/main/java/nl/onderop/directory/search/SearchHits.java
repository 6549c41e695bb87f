package nl.onderop.directory.search;

import java.util.List;

/**
 * One page of results and the exact number of services that match.
 */
public record SearchHits(List<Hit> hits, long totalHits) {

    public SearchHits {
        hits = List.copyOf(hits);
    }

    /**
     * @param score      relevance to the text, higher is better, comparable only within one search; 0 when the
     *                   query has no text
     * @param distanceKm distance to the closest location of the service; {@code null} without {@code near}
     */
    public record Hit(String id, float score, Double distanceKm) {
    }
}
