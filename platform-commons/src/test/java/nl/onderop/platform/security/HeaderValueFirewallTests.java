package nl.onderop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HeaderValueFirewallTests {

    /** The rule Spring Security's strict firewall states as a regular expression. */
    private static final Pattern SPRING_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void acceptsTokensAndRejectsControlCharacters() {
        assertThat(HeaderValueFirewall.isAllowedHeaderValue("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")).isTrue();
        assertThat(HeaderValueFirewall.isAllowedHeaderValue("Taalcafé Ā 日本")).isTrue();
        assertThat(HeaderValueFirewall.isAllowedHeaderValue(null)).isTrue();
        assertThat(HeaderValueFirewall.isAllowedHeaderValue("a\nb")).isFalse();
        assertThat(HeaderValueFirewall.isAllowedHeaderValue("a\u0000")).isFalse();
        assertThat(HeaderValueFirewall.isAllowedHeaderValue("tab\there")).isFalse();
        assertThat(HeaderValueFirewall.isAllowedHeaderValue("\u0085")).isFalse();
        assertThat(HeaderValueFirewall.isAllowedHeaderValue("\u0378")).isFalse();
    }

    @Test
    void decidesLikeSpringsRegularExpressionOnRandomText() {
        Random random = new Random(42);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(4);
                int codePoint = switch (pick) {
                    case 0 -> random.nextInt(0x100);
                    case 1 -> random.nextInt(0x800);
                    case 2 -> random.nextInt(0x10000);
                    default -> random.nextInt(0x110000);
                };
                if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                    continue;
                }
                value.appendCodePoint(codePoint);
            }
            String text = value.toString();
            assertThat(HeaderValueFirewall.isAllowedHeaderValue(text))
                    .as("code points %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(SPRING_RULE.matcher(text).matches());
        }
    }
}
