package nl.onderop.matching.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Turns codes (languages, districts, interests, ...) into small ints, compared case-insensitively. */
final class Tokens {

    static final int NONE = -1;

    private final Map<String, Integer> ids = new HashMap<>();

    /** The id of a code (trimmed, lower case); {@link #NONE} for null or blank. */
    int id(String code) {
        if (code == null) {
            return NONE;
        }
        String key = normalize(code);
        if (key.isEmpty()) {
            return NONE;
        }
        Integer known = ids.get(key);
        if (known != null) {
            return known;
        }
        int next = ids.size();
        ids.put(key, next);
        return next;
    }

    /** The sorted, distinct ids of some codes (blank ones left out). */
    int[] ids(Collection<String> codes) {
        int[] result = new int[codes.size()];
        int n = 0;
        for (String code : codes) {
            int id = id(code);
            if (id != NONE) {
                result[n++] = id;
            }
        }
        Arrays.sort(result, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || result[distinct - 1] != result[i]) {
                result[distinct++] = result[i];
            }
        }
        return Arrays.copyOf(result, distinct);
    }

    static String normalize(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }
}
