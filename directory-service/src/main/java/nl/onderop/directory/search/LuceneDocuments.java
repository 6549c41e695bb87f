package nl.onderop.directory.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import nl.onderop.directory.search.SearchFields.TextFields;

/**
 * Writes a {@link SearchDocument} as a Lucene document.
 */
final class LuceneDocuments {

    static final String DUTCH = "nl";

    /**
     * Scores are fixed weights per field (see {@link TextQueryBuilder}), so text fields need neither term
     * frequencies, positions nor length norms: only which documents hold a term.
     */
    private static final FieldType MATCH_ONLY_TEXT = matchOnlyText();

    private final DirectoryAnalyzers analyzers;

    LuceneDocuments(DirectoryAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    Document of(SearchDocument service) {
        Document document = new Document();
        document.add(new StringField(SearchFields.ID, service.id(), Field.Store.NO));
        document.add(new SortedDocValuesField(SearchFields.ID_ORDER, new BytesRef(service.id())));
        orderName(service.names()).ifPresent(name ->
                document.add(new SortedDocValuesField(SearchFields.NAME_ORDER, analyzers.orderKey(name))));

        addTexts(document, SearchFields.NAME, service.names());
        addTexts(document, SearchFields.DESCRIPTION, service.descriptions());
        for (String text : service.extraText()) {
            addText(document, SearchFields.EXTRA, text, false);
        }

        addKeyword(document, SearchFields.TENANT, service.tenant());
        service.categories().forEach(category -> addKeyword(document, SearchFields.CATEGORY, category));
        service.targetGroups().forEach(group -> addKeyword(document, SearchFields.TARGET_GROUP, group));
        service.languages().forEach(language ->
                addKeyword(document, SearchFields.LANGUAGE, SearchFields.caseInsensitive(language)));
        service.districts().forEach(district ->
                addKeyword(document, SearchFields.DISTRICT, SearchFields.caseInsensitive(district)));
        addKeyword(document, SearchFields.FREE, Boolean.toString(service.free()));
        service.openOn().forEach(day -> addKeyword(document, SearchFields.OPEN_ON, day.name()));
        if (service.status() != null && !service.status().isBlank()) {
            addKeyword(document, SearchFields.STATUS, SearchFields.caseInsensitive(service.status()));
        }

        for (GeoPoint point : service.points()) {
            document.add(new LatLonPoint(SearchFields.LOCATION, point.latitude(), point.longitude()));
            document.add(new LatLonDocValuesField(SearchFields.LOCATION, point.latitude(), point.longitude()));
        }
        return document;
    }

    static boolean isDutch(String languageCode) {
        String code = languageCode.strip().toLowerCase(Locale.ROOT);
        return code.equals(DUTCH) || code.startsWith(DUTCH + "-") || code.startsWith(DUTCH + "_");
    }

    /**
     * The Dutch name; a service without one still needs a stable place in the list, so then the name in the
     * first language code in alphabetical order.
     */
    private static Optional<String> orderName(Map<String, String> names) {
        Map<String, String> byLanguage = new TreeMap<>(names);
        return byLanguage.entrySet().stream()
                .filter(entry -> isDutch(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .or(() -> byLanguage.values().stream().findFirst());
    }

    private static void addTexts(Document document, TextFields fields, Map<String, String> textByLanguage) {
        textByLanguage.forEach((language, text) -> addText(document, fields, text, isDutch(language)));
    }

    private static void addText(Document document, TextFields fields, String text, boolean dutch) {
        document.add(new Field(fields.words(), text, MATCH_ONLY_TEXT));
        document.add(new Field(fields.prefixes(), text, MATCH_ONLY_TEXT));
        if (dutch) {
            document.add(new Field(fields.dutchStems(), text, MATCH_ONLY_TEXT));
            document.add(new Field(fields.dutchSuffixStems(), text, MATCH_ONLY_TEXT));
        }
    }

    private static void addKeyword(Document document, String field, String value) {
        document.add(new StringField(field, value, Field.Store.NO));
    }

    private static FieldType matchOnlyText() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
