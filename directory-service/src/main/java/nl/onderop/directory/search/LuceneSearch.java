package nl.onderop.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link SearchQuery} translated for Lucene: what matches, and in which order.
 *
 * <p>The sort always ends with the id, so that equal scores, equal distances and equal names keep one order
 * from page to page. The positions of the sort values tell the index where to read the score and the distance
 * of each hit.
 *
 * @param scoreSlot    position of the score among the sort values, or -1 when the query has no text
 * @param distanceSlot position of the distance in metres, or -1 without {@code near}
 */
record LuceneSearch(Query query, Sort sort, int scoreSlot, int distanceSlot) {

    static final int NONE = -1;

    private static final double METRES_PER_KM = 1000.0;

    static LuceneSearch of(SearchQuery search, TextQueryBuilder textQueries) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<SortField> order = new ArrayList<>();
        int distanceSlot = NONE;
        int scoreSlot = NONE;

        SearchQuery.Near near = search.near();
        if (near != null) {
            query.add(LatLonPoint.newDistanceQuery(SearchFields.LOCATION, near.latitude(), near.longitude(),
                    near.radiusKm() * METRES_PER_KM), Occur.FILTER);
            distanceSlot = order.size();
            // Lucene sorts a multi-valued location by its closest point, which is the distance we report.
            order.add(LatLonDocValuesField.newDistanceSort(SearchFields.LOCATION, near.latitude(),
                    near.longitude()));
        }

        Optional<Query> text = search.hasText()
                ? textQueries.build(search.text(), near != null)
                : Optional.empty();
        if (text.isPresent()) {
            query.add(text.get(), Occur.MUST);
            scoreSlot = order.size();
            order.add(SortField.FIELD_SCORE);
        } else if (near == null) {
            SortField byName = new SortField(SearchFields.NAME_ORDER, SortField.Type.STRING);
            byName.setMissingValue(SortField.STRING_LAST);
            order.add(byName);
        }
        order.add(new SortField(SearchFields.ID_ORDER, SortField.Type.STRING));

        Consumer<Query> filter = clause -> query.add(clause, Occur.FILTER);
        exactly(SearchFields.TENANT, search.tenant()).ifPresent(filter);
        exactly(SearchFields.CATEGORY, search.category()).ifPresent(filter);
        exactly(SearchFields.TARGET_GROUP, search.targetGroup()).ifPresent(filter);
        withoutCase(SearchFields.LANGUAGE, search.language()).ifPresent(filter);
        withoutCase(SearchFields.DISTRICT, search.district()).ifPresent(filter);
        if (search.free() != null) {
            filter.accept(term(SearchFields.FREE, search.free().toString()));
        }
        if (search.openOn() != null) {
            filter.accept(term(SearchFields.OPEN_ON, search.openOn().name()));
        }
        if (!search.statuses().isEmpty()) {
            filter.accept(new TermInSetQuery(SearchFields.STATUS, search.statuses().stream()
                    .map(status -> new BytesRef(SearchFields.caseInsensitive(status)))
                    .toList()));
        }

        BooleanQuery criteria = query.build();
        Query matching = criteria.clauses().isEmpty() ? new MatchAllDocsQuery() : criteria;
        return new LuceneSearch(matching, new Sort(order.toArray(SortField[]::new)), scoreSlot,
                distanceSlot);
    }

    static double kilometres(Object distanceSortValue) {
        return ((Double) distanceSortValue) / METRES_PER_KM;
    }

    private static Optional<Query> exactly(String field, String value) {
        return value == null ? Optional.empty() : Optional.of(term(field, value));
    }

    private static Optional<Query> withoutCase(String field, String value) {
        return value == null ? Optional.empty() : Optional.of(term(field, SearchFields.caseInsensitive(value)));
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
