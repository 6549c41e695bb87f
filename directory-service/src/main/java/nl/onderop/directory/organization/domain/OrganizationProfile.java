package nl.onderop.directory.organization.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.onderop.directory.i18n.LocalizedText;

/** What an organisation says about itself and edits; its tenant and slug are fixed when it is registered. */
public record OrganizationProfile(
        String name,
        OrganizationType type,
        LocalizedText description,
        String website,
        String email,
        List<String> phones,
        List<String> languages,
        Set<String> activeTenants) {

    public OrganizationProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? LocalizedText.EMPTY : description;
        phones = phones == null ? List.of() : List.copyOf(phones);
        languages = languages == null ? List.of() : List.copyOf(languages);
        activeTenants = activeTenants == null ? Set.of() : Set.copyOf(activeTenants);
    }
}
