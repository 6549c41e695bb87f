package nl.onderop.matching.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A language and how well a person speaks it. {@code level} is 0..7: 0 = A0, 1 = A1, 2 = A2, 3 = B1, 4 = B2,
 * 5 = C1, 6 = C2, 7 = native. The code is kept trimmed and in lower case ({@code "NL"} becomes {@code "nl"}).
 */
public record LanguageAbility(String code, int level) {

    public static final int A0 = 0;
    public static final int A1 = 1;
    public static final int A2 = 2;
    public static final int B1 = 3;
    public static final int B2 = 4;
    public static final int C1 = 5;
    public static final int C2 = 6;
    public static final int NATIVE = 7;

    private static final List<String> LEVEL_NAMES = List.of("A0", "A1", "A2", "B1", "B2", "C1", "C2", "native");

    public LanguageAbility {
        Objects.requireNonNull(code, "code");
        code = code.trim().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new IllegalArgumentException("language code is empty");
        }
        if (level < A0 || level > NATIVE) {
            throw new IllegalArgumentException("language level must be 0..7, was " + level);
        }
    }

    /** {@code parse("nl", "b1")}: the level is one of A0..C2 or native, in any case. */
    public static LanguageAbility parse(String code, String level) {
        return new LanguageAbility(code, parseLevel(level));
    }

    /** The number of a level name: {@code "A0"} is 0, {@code "native"} is 7 (case-insensitive, trimmed). */
    public static int parseLevel(String level) {
        Objects.requireNonNull(level, "level");
        String wanted = level.trim();
        for (int i = 0; i < LEVEL_NAMES.size(); i++) {
            if (LEVEL_NAMES.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown language level '" + level + "' (A0..C2 or native)");
    }

    /** The name of a level number: 3 is {@code "B1"}, 7 is {@code "native"}. */
    public static String levelName(int level) {
        if (level < A0 || level > NATIVE) {
            throw new IllegalArgumentException("language level must be 0..7, was " + level);
        }
        return LEVEL_NAMES.get(level);
    }

    public String levelName() {
        return levelName(level);
    }
}
