package nl.onderop.directory.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DirectoryAccessTests {

    private static Organization organization(String tenant, String slug, PublicationStatus status) {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        return new Organization("id", tenant, slug, "Name", OrganizationType.INITIATIVE, null, null, null,
                null, null, null, status, 1, now, now);
    }

    @Test
    void municipalityCoordinatorRegistersOnlyInOwnTenant() {
        DirectoryAccess leiden = new DirectoryAccess(Set.of("municipality-coordinator"), Set.of("leiden"), null);
        assertThat(leiden.mayRegisterIn("leiden")).isTrue();
        assertThat(leiden.mayRegisterIn("delft")).isFalse();
    }

    @Test
    void platformAdminRegistersAnywhereOthersNowhere() {
        assertThat(new DirectoryAccess(Set.of("platform-admin"), Set.of(), null).mayRegisterIn("delft")).isTrue();
        assertThat(new DirectoryAccess(Set.of("org-coordinator"), Set.of("delft"), "taalhuis-dok").mayRegisterIn("delft")).isFalse();
        assertThat(new DirectoryAccess(Set.of("volunteer"), Set.of("delft"), null).mayRegisterIn("delft")).isFalse();
        assertThat(DirectoryAccess.ANONYMOUS.mayRegisterIn("delft")).isFalse();
    }

    @Test
    void publishedIsPublicDraftStaysInsideItsTenant() {
        Organization draft = organization("leiden", "we-are-leiden", PublicationStatus.DRAFT);
        Organization published = organization("leiden", "we-are-leiden", PublicationStatus.PUBLISHED);

        assertThat(DirectoryAccess.ANONYMOUS.maySee(published)).isTrue();
        assertThat(DirectoryAccess.ANONYMOUS.maySee(draft)).isFalse();
        assertThat(new DirectoryAccess(Set.of("municipality-coordinator"), Set.of("leiden"), null).maySee(draft)).isTrue();
        assertThat(new DirectoryAccess(Set.of("municipality-coordinator"), Set.of("delft"), null).maySee(draft)).isFalse();
        assertThat(new DirectoryAccess(Set.of("org-coordinator"), Set.of("leiden"), "we-are-leiden").maySee(draft)).isTrue();
        assertThat(new DirectoryAccess(Set.of("org-coordinator"), Set.of("leiden"), "ekklesia-taalgroep").maySee(draft)).isFalse();
        assertThat(new DirectoryAccess(Set.of("org-coordinator"), Set.of("delft"), "we-are-leiden").maySee(draft)).isFalse();
        assertThat(new DirectoryAccess(Set.of("volunteer"), Set.of("leiden"), "we-are-leiden").maySee(draft)).isFalse();
    }

    @Test
    void onlyTheMunicipalityChangesTypeTenantsAndAPublishedName() {
        Organization published = organization("leiden", "we-are-leiden", PublicationStatus.PUBLISHED);
        Organization draft = organization("leiden", "we-are-leiden", PublicationStatus.DRAFT);
        DirectoryAccess own = new DirectoryAccess(Set.of("org-coordinator"), Set.of("leiden"), "we-are-leiden");
        OrganizationProfile everything = new OrganizationProfile("Gemeente Leiden", OrganizationType.MUNICIPALITY,
                null, null, null, null, null, Set.of("leiden", "delft"));
        // the home tenant is always one of the active tenants: sending it, or nothing, changes nothing
        OrganizationProfile same = new OrganizationProfile("Name", OrganizationType.INITIATIVE, null,
                "https://nieuw.example", null, null, null, Set.of("leiden"));

        assertThat(own.fieldsNotToChange(published, everything)).containsExactly("name", "type", "activeTenants");
        assertThat(own.fieldsNotToChange(draft, everything)).containsExactly("type", "activeTenants");
        assertThat(own.fieldsNotToChange(published, same)).isEmpty();
        assertThat(own.fieldsNotToChange(published, new ProfileReplacement(null, null, null, null, null, null, null,
                null).over(published))).isEmpty();
        assertThat(new DirectoryAccess(Set.of("municipality-coordinator"), Set.of("leiden"), null)
                .fieldsNotToChange(published, everything)).isEmpty();
        assertThat(new DirectoryAccess(Set.of("platform-admin"), Set.of(), null).fieldsNotToChange(published, everything))
                .isEmpty();
        assertThat(new DirectoryAccess(Set.of("municipality-coordinator"), Set.of("delft"), null)
                .fieldsNotToChange(published, everything)).containsExactly("name", "type", "activeTenants");
    }
}
