package nl.onderop.directory.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the directory holds content in, and which of them an {@code Accept-Language} header asks
 * for. Dutch first: it answers anyone whose languages are not there.
 */
public final class ContentLanguages {

    public static final List<String> SUPPORTED = List.of("nl", "en", "ar", "ti", "fa", "uk");

    private ContentLanguages() {
    }

    public static boolean isSupported(String language) {
        return SUPPORTED.contains(language);
    }

    /** The best supported language for the header; Dutch when it is absent, malformed or matches nothing. */
    public static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return LocalizedText.DUTCH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String match = Locale.lookupTag(ranges, SUPPORTED);
            if (match != null) {
                return match;
            }
            for (Locale.LanguageRange range : ranges) {
                String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && SUPPORTED.contains(primary)) {
                    return primary;
                }
            }
            return LocalizedText.DUTCH;
        } catch (IllegalArgumentException malformed) {
            return LocalizedText.DUTCH;
        }
    }
}
