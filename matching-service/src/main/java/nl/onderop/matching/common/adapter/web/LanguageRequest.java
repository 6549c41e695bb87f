package nl.onderop.matching.common.adapter.web;

import jakarta.validation.constraints.NotBlank;

import nl.onderop.matching.common.domain.Language;

/** A language and level as clients send it: {@code {"code": "ar", "level": "native"}}. */
public record LanguageRequest(@NotBlank String code, @NotBlank String level) {

    public Language language() {
        return new Language(code, level);
    }
}
