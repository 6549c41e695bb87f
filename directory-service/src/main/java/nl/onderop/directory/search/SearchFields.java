package nl.onderop.directory.search;

import java.util.Locale;

/**
 * The Lucene field names of the index, and the one normalisation shared by indexing and querying of the
 * case-insensitive keyword fields.
 */
final class SearchFields {

    static final String ID = "id";
    static final String ID_ORDER = "id_order";
    static final String NAME_ORDER = "name_order";

    static final String TENANT = "tenant";
    static final String CATEGORY = "category";
    static final String TARGET_GROUP = "target_group";
    static final String LANGUAGE = "language";
    static final String DISTRICT = "district";
    static final String FREE = "free";
    static final String OPEN_ON = "open_on";
    static final String STATUS = "status";
    static final String LOCATION = "location";

    static final TextFields NAME = new TextFields("name");
    static final TextFields DESCRIPTION = new TextFields("description");
    static final TextFields EXTRA = new TextFields("extra");

    private SearchFields() {
    }

    /**
     * Language codes, district names and statuses come from people and from other systems ("Schalkwijk",
     * "schalkwijk", "NL"): compare them without case.
     */
    static String caseInsensitive(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The four ways one piece of text is indexed, from the closest match to the loosest. The Dutch fields are
     * filled from Dutch text only.
     *
     * @param words            folded words, in any language
     * @param prefixes         the first 3 to 24 letters of every folded word
     * @param dutchStems       Dutch stems of the words
     * @param dutchSuffixStems Dutch stems of every ending of a word, for the last part of a compound
     */
    record TextFields(String words, String prefixes, String dutchStems, String dutchSuffixStems) {

        TextFields(String base) {
            this(base + "_words", base + "_prefixes", base + "_nl_stems", base + "_nl_suffix_stems");
        }
    }
}
