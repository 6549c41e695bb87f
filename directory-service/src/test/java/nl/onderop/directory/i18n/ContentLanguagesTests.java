package nl.onderop.directory.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ContentLanguagesTests {

    @Test
    void acceptLanguagePicksTheBestContentLanguageAndFallsBackToDutch() {
        assertThat(ContentLanguages.preferred(null)).isEqualTo("nl");
        assertThat(ContentLanguages.preferred("ar")).isEqualTo("ar");
        assertThat(ContentLanguages.preferred("en-GB,en;q=0.9")).isEqualTo("en");
        assertThat(ContentLanguages.preferred("de, ti;q=0.4")).isEqualTo("ti");
        assertThat(ContentLanguages.preferred("de")).isEqualTo("nl");
        assertThat(ContentLanguages.preferred("%%%not a header")).isEqualTo("nl");
    }

    @Test
    void aMissingTranslationFallsBackToDutchThenToAnything() {
        LocalizedText text = new LocalizedText(Map.of("nl", "Taalcafé", "ar", "مقهى اللغة"));
        assertThat(text.in("ar")).isEqualTo("مقهى اللغة");
        assertThat(text.in("ti")).isEqualTo("Taalcafé");
        assertThat(text.languageServed("ti")).isEqualTo("nl");
        assertThat(new LocalizedText(Map.of("en", "Only English")).in("nl")).isEqualTo("Only English");
        assertThat(new LocalizedText(Map.of("nl", "  ", "en", "x")).values()).containsOnlyKeys("en");
    }
}
