package nl.onderop.directory.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.tartarus.snowball.ext.KpStemmer;

import nl.onderop.directory.search.SearchFields.TextFields;

/**
 * The analysis chains of the index. Every chain starts the same way: Unicode word boundaries (so Arabic and
 * Tigrinya split into words as well as Dutch), lower case, and folding of accents to ASCII, so that
 * {@code taalcafe}, {@code Taalcafé} and {@code TAALCAFÉ} are one word.
 *
 * <p>Dutch text gets two more chains with the Kraaij-Pohlmann stemmer, Lucene's second Snowball stemmer for
 * Dutch. The default Dutch (Porter) stemmer keeps {@code maatjes} apart from {@code maatje} and {@code lessen}
 * apart from {@code les}; Kraaij-Pohlmann knows diminutives and plurals, which fill the names of services
 * (taalmaatje, buurthuizen, cursussen). Its errors are the same at index and query time, so they rarely cost a
 * match, and exact words always score higher than stems.
 */
final class DirectoryAnalyzers implements Closeable {

    static final int MIN_PREFIX_LENGTH = 3;
    static final int MAX_PREFIX_LENGTH = 24;

    private static final String ANY_FIELD = "";

    /** Corrections to the stemmer that Lucene's own DutchAnalyzer also makes, plus {@code kind}. */
    private static final StemmerOverrideFilter.StemmerOverrideMap DUTCH_STEM_CORRECTIONS = dutchStemCorrections();

    private static final CharArraySet DUTCH_STOP_WORDS = DutchAnalyzer.getDefaultStopSet();

    private static final CharArraySet QUERY_STOP_WORDS = queryStopWords();

    private final Analyzer words = chain(stream -> stream);
    private final Analyzer prefixes = chain(
            stream -> new EdgeNGramTokenFilter(stream, MIN_PREFIX_LENGTH, MAX_PREFIX_LENGTH, true));
    private final Analyzer dutchStems = chain(DirectoryAnalyzers::dutchStems);
    private final Analyzer dutchSuffixStems = chain(DirectoryAnalyzers::dutchSuffixStems);
    private final Analyzer indexing;

    DirectoryAnalyzers() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (TextFields fields : List.of(SearchFields.NAME, SearchFields.DESCRIPTION, SearchFields.EXTRA)) {
            perField.put(fields.words(), words);
            perField.put(fields.prefixes(), prefixes);
            perField.put(fields.dutchStems(), dutchStems);
            perField.put(fields.dutchSuffixStems(), dutchSuffixStems);
        }
        indexing = new PerFieldAnalyzerWrapper(words, perField);
    }

    /**
     * The analyzer the index writer uses; it picks the chain by field name.
     */
    Analyzer forIndexing() {
        return indexing;
    }

    /**
     * The folded words of a text, in order, duplicates included.
     */
    List<String> words(String text) {
        return tokens(words, text);
    }

    /**
     * The Dutch stem of one folded word, or the word itself when the stemmer leaves nothing.
     */
    String dutchStem(String word) {
        List<String> stems = tokens(dutchStems, word);
        return stems.isEmpty() ? word : stems.get(0);
    }

    boolean isStopWord(String word) {
        return QUERY_STOP_WORDS.contains(word);
    }

    /**
     * The key that orders names: folded like the words, so that "Émigré" sorts with the E's.
     */
    BytesRef orderKey(String text) {
        return words.normalize(ANY_FIELD, text.strip());
    }

    @Override
    public void close() {
        indexing.close();
        words.close();
        prefixes.close();
        dutchStems.close();
        dutchSuffixStems.close();
    }

    private static TokenStream dutchStems(TokenStream folded) {
        return new SnowballFilter(new StemmerOverrideFilter(folded, DUTCH_STEM_CORRECTIONS), new KpStemmer());
    }

    /**
     * Every ending of 3 letters or more of a word, stemmed: the ending {@code lessen} of {@code taallessen}
     * becomes {@code les}, {@code maatje} of {@code taalmaatje} becomes {@code maat}. A query stem that equals
     * one of them finds the compound by its last part, the part that says what it is. Stop words go first so
     * that {@code alles} does not answer to {@code les}.
     */
    private static TokenStream dutchSuffixStems(TokenStream folded) {
        TokenStream endings = new ReverseStringFilter(new EdgeNGramTokenFilter(
                new ReverseStringFilter(new StopFilter(folded, DUTCH_STOP_WORDS)),
                MIN_PREFIX_LENGTH, MAX_PREFIX_LENGTH, true));
        return new LengthFilter(dutchStems(endings), MIN_PREFIX_LENGTH, Integer.MAX_VALUE);
    }

    private static Analyzer chain(UnaryOperator<TokenStream> afterFolding) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, afterFolding.apply(fold(tokenizer)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return fold(in);
            }
        };
    }

    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ANY_FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap dutchStemCorrections() {
        StemmerOverrideFilter.Builder corrections = new StemmerOverrideFilter.Builder(false);
        corrections.add("fiets", "fiets");
        corrections.add("bromfiets", "bromfiets");
        corrections.add("kind", "kinder");
        corrections.add("ei", "eier");
        try {
            return corrections.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Query words that say nothing about a service ("hulp bij de taal", "help with the language"): Dutch and
     * English, the two languages most queries are typed in.
     */
    private static CharArraySet queryStopWords() {
        CharArraySet stopWords = new CharArraySet(DUTCH_STOP_WORDS, false);
        stopWords.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(stopWords);
    }
}
