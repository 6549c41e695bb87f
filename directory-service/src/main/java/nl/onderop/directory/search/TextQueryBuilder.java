package nl.onderop.directory.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nl.onderop.directory.search.SearchFields.TextFields;

/**
 * Turns the text of a search into a Lucene query.
 *
 * <p>Scores are fixed weights, not BM25. The index holds the services of every municipality, so term
 * statistics would let one city's catalogue change the order of another's, and they would let a rare word
 * in a description outrank a common word in a name. Instead each word scores by where it matched best
 * (a disjunction-max over the fields), from an exact word in the name down to the start of a word in the
 * extra text, and a document's score is the sum over the words. Every matched word also adds
 * {@link #WORD_MATCHED}, more than all field weights of all words together, so a service that matches more
 * words always ranks above one that matches fewer, whatever fields they matched in.
 */
final class TextQueryBuilder {

    /** Longer queries are sentences; their first words carry the meaning, the rest would only slow down. */
    static final int MAX_WORDS = 12;

    private static final float WORD_MATCHED = 1000f;

    private static final float NAME_WORD = 64f;
    private static final float NAME_STEM = 48f;
    private static final float NAME_PREFIX = 32f;
    private static final float NAME_SUFFIX_STEM = 24f;
    private static final float DESCRIPTION_WORD = 16f;
    private static final float DESCRIPTION_STEM = 12f;
    private static final float DESCRIPTION_PREFIX = 8f;
    private static final float DESCRIPTION_SUFFIX_STEM = 6f;
    private static final float EXTRA_WORD = 4f;
    private static final float EXTRA_PREFIX = 2f;

    private final DirectoryAnalyzers analyzers;

    TextQueryBuilder(DirectoryAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The query for a text, or empty when the text holds no words at all (only punctuation).
     *
     * <p>How many words must match: with {@code everyWord}, all of them; otherwise at least half, rounded up.
     * Newcomers search in their second or third language and misspell; one unknown word should not empty the
     * page, and because more matched words always rank higher, the services that match everything still come
     * first. When results are ordered by distance the score no longer orders them, so then the caller asks for
     * every word, to keep a half match nearby from pushing a full match further away down the page.
     */
    Optional<Query> build(String text, boolean everyWord) {
        List<String> words = meaningfulWords(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(wordQuery(word), Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(everyWord ? words.size() : (words.size() + 1) / 2);
        return Optional.of(query.build());
    }

    /**
     * Distinct words without stop words, unless the text is nothing but stop words ("de", "over"), then those.
     */
    private List<String> meaningfulWords(String text) {
        Set<String> all = new LinkedHashSet<>(analyzers.words(text));
        List<String> meaningful = all.stream().filter(word -> !analyzers.isStopWord(word)).toList();
        List<String> chosen = meaningful.isEmpty() ? List.copyOf(all) : meaningful;
        return chosen.subList(0, Math.min(chosen.size(), MAX_WORDS));
    }

    private Query wordQuery(String word) {
        String stem = analyzers.dutchStem(word);
        List<Query> matches = new ArrayList<>();
        addTextMatches(matches, SearchFields.NAME, word, stem,
                NAME_WORD, NAME_STEM, NAME_PREFIX, NAME_SUFFIX_STEM);
        addTextMatches(matches, SearchFields.DESCRIPTION, word, stem,
                DESCRIPTION_WORD, DESCRIPTION_STEM, DESCRIPTION_PREFIX, DESCRIPTION_SUFFIX_STEM);
        matches.add(weighted(SearchFields.EXTRA.words(), word, EXTRA_WORD));
        if (canBePrefix(word)) {
            matches.add(weighted(SearchFields.EXTRA.prefixes(), word, EXTRA_PREFIX));
        }
        return new DisjunctionMaxQuery(matches, 0f);
    }

    /**
     * The prefix is taken from the word, not from its stem: the stem {@code maat} of {@code maatjes} would
     * otherwise find every {@code maatschappelijk}.
     */
    private static void addTextMatches(List<Query> matches, TextFields fields, String word, String stem,
            float wordWeight, float stemWeight, float prefixWeight, float suffixStemWeight) {
        matches.add(weighted(fields.words(), word, wordWeight));
        matches.add(weighted(fields.dutchStems(), stem, stemWeight));
        if (canBePrefix(word)) {
            matches.add(weighted(fields.prefixes(), word, prefixWeight));
        }
        if (stem.length() >= DirectoryAnalyzers.MIN_PREFIX_LENGTH) {
            matches.add(weighted(fields.dutchSuffixStems(), stem, suffixStemWeight));
        }
    }

    private static boolean canBePrefix(String word) {
        return word.length() >= DirectoryAnalyzers.MIN_PREFIX_LENGTH
                && word.length() <= DirectoryAnalyzers.MAX_PREFIX_LENGTH;
    }

    private static Query weighted(String field, String term, float weight) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), WORD_MATCHED + weight);
    }
}
