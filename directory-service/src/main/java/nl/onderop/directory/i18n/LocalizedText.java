package nl.onderop.directory.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A text in several languages, keyed by ISO 639-1 code. Dutch is the language of record: a reader whose
 * language is missing gets the Dutch text, and a text without Dutch falls back to whatever is there.
 */
public record LocalizedText(Map<String, String> values) {

    public static final String DUTCH = "nl";
    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        Map<String, String> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    copy.put(language, text.strip());
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText dutch(String text) {
        return new LocalizedText(text == null ? Map.of() : Map.of(DUTCH, text));
    }

    public static LocalizedText ofNullable(Map<String, String> values) {
        return values == null ? EMPTY : new LocalizedText(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Optional<String> exactly(String language) {
        return Optional.ofNullable(values.get(language));
    }

    /** The text in {@code language}, else Dutch, else any; null when there is no text at all. */
    public String in(String language) {
        String text = values.get(language);
        if (text == null) {
            text = values.get(DUTCH);
        }
        if (text == null && !values.isEmpty()) {
            text = values.values().iterator().next();
        }
        return text;
    }

    /** Which language {@link #in(String)} really answers with. */
    public String languageServed(String language) {
        if (values.containsKey(language)) {
            return language;
        }
        if (values.containsKey(DUTCH) || values.isEmpty()) {
            return DUTCH;
        }
        return values.keySet().iterator().next();
    }
}
