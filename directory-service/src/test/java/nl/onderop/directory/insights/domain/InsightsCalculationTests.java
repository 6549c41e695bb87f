package nl.onderop.directory.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceLocation;
import nl.onderop.directory.service.domain.ServiceStatus;
import nl.onderop.directory.service.domain.VerificationPeriod;

class InsightsCalculationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final List<String> CATEGORIES = List.of("language-cafe", "buddy", "sports");
    private int ids;

    private ServiceEntry service(String organization, String category, String district, ServiceStatus status,
                                 PublicationStatus publication, LocalDate verified) {
        List<ServiceLocation> locations = district == null ? List.of()
                : List.of(new ServiceLocation("loc-" + ids, "Plek", "Straat 1", "2611 AA", "Delft", district, 52.0, 4.35,
                        null, null));
        ServiceContent content = new ServiceContent(LocalizedText.dutch("Dienst " + ids), null, status, List.of(category),
                null, null, null, null, null, false, null, true, null, null, null, null, null, locations);
        Instant created = Instant.parse("2026-01-01T10:00:00Z");
        return new ServiceEntry("service-" + ids++, "delft", organization, organization, content, publication, verified,
                null, 0, 1, created, created);
    }

    @Test
    void countsCoverageGapsOverlapsAndStaleEntriesFromPublishedActiveServices() {
        List<ServiceEntry> services = new ArrayList<>();
        LocalDate fresh = TODAY.minusDays(30);
        services.add(service("dok", "language-cafe", "Binnenstad", ServiceStatus.ACTIVE, PublicationStatus.PUBLISHED, fresh));
        services.add(service("collectief", "language-cafe", "Binnenstad", ServiceStatus.ACTIVE, PublicationStatus.PUBLISHED, fresh));
        services.add(service("kerk", "language-cafe", "Binnenstad", ServiceStatus.ACTIVE, PublicationStatus.PUBLISHED,
                TODAY.minusDays(200)));
        services.add(service("participe", "language-cafe", "Buitenhof", ServiceStatus.ACTIVE, PublicationStatus.PUBLISHED, fresh));
        services.add(service("buur", "buddy", "Binnenstad", ServiceStatus.ACTIVE, PublicationStatus.PUBLISHED, fresh));
        // not counted: a draft, an inactive one, a withdrawn one
        services.add(service("stunt", "sports", "Wippolder", ServiceStatus.ACTIVE, PublicationStatus.DRAFT, fresh));
        services.add(service("stunt", "sports", "Wippolder", ServiceStatus.INACTIVE, PublicationStatus.PUBLISHED, fresh));
        services.add(service("buur", "buddy", "Binnenstad", ServiceStatus.ACTIVE, PublicationStatus.WITHDRAWN, fresh));

        RegieInsights insights = InsightsCalculation.compute("delft", TODAY, CATEGORIES, 6, services,
                VerificationPeriod.SIX_MONTHS, "nl");

        assertThat(insights.totals()).isEqualTo(new RegieInsights.Totals(6, 6, 5, 1));
        RegieInsights.CategoryCoverage cafes = insights.categories().get(0);
        assertThat(cafes.category()).isEqualTo("language-cafe");
        assertThat(cafes.activeServices()).isEqualTo(4);
        assertThat(cafes.organizations()).isEqualTo(4);
        assertThat(cafes.districts()).extracting(RegieInsights.DistrictCoverage::district, RegieInsights.DistrictCoverage::activeServices)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Binnenstad", 3), org.assertj.core.groups.Tuple.tuple("Buitenhof", 1));
        assertThat(insights.gaps()).containsExactly("sports");
        assertThat(insights.overlaps()).singleElement().satisfies(overlap -> {
            assertThat(overlap.category()).isEqualTo("language-cafe");
            assertThat(overlap.district()).isEqualTo("Binnenstad");
            assertThat(overlap.serviceIds()).hasSize(3);
        });
        assertThat(insights.stale()).singleElement().satisfies(stale ->
                assertThat(stale.dueOn()).isEqualTo(TODAY.minusDays(200).plusMonths(6)));
    }

    @Test
    void twoServicesInADistrictAreNoOverlap() {
        List<ServiceEntry> services = List.of(
                service("a", "buddy", "Tanthof", ServiceStatus.ACTIVE, PublicationStatus.PUBLISHED, TODAY),
                service("b", "buddy", "Tanthof", ServiceStatus.ACTIVE, PublicationStatus.PUBLISHED, TODAY),
                service("c", "buddy", null, ServiceStatus.ACTIVE, PublicationStatus.PUBLISHED, TODAY));

        RegieInsights insights = InsightsCalculation.compute("delft", TODAY, CATEGORIES, 3, services,
                VerificationPeriod.SIX_MONTHS, "nl");

        assertThat(insights.overlaps()).isEmpty();
        assertThat(insights.gaps()).containsExactly("language-cafe", "sports");
        assertThat(insights.categories().get(1).activeServices()).isEqualTo(3);
    }
}
