package nl.onderop.directory.organization.domain;

import java.util.List;
import java.util.Set;

import nl.onderop.directory.i18n.LocalizedText;

/**
 * A new profile as an editor sends it. {@code name}, {@code type} and {@code activeTenants} may be left out
 * (null): they then keep their stored value. Everything else replaces what is stored.
 */
public record ProfileReplacement(
        String name,
        OrganizationType type,
        LocalizedText description,
        String website,
        String email,
        List<String> phones,
        List<String> languages,
        Set<String> activeTenants) {

    /** The whole profile this replacement gives the organisation. */
    public OrganizationProfile over(Organization current) {
        return new OrganizationProfile(name == null ? current.name() : name, type == null ? current.type() : type,
                description, website, email, phones, languages,
                activeTenants == null ? current.activeTenants() : activeTenants);
    }
}
