package nl.onderop.directory.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.application.RegisterOrganization;
import nl.onderop.directory.organization.application.RegisterOrganizationCommand;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.OrganizationType;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.platform.errors.ApiProblem;

/**
 * Demo organisations for Haarlem, Leiden and Delft: names from the public field report's contributor list,
 * descriptions invented and marked as demo. Stable ids make a second start skip what is already there.
 * Registered through the normal use case, so their events reach the other services like any other.
 */
@Component
@ConditionalOnProperty(name = "onderop.demo-data.enabled", havingValue = "true")
class DemoOrganizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);
    private static final DirectoryAccess SEEDER = new DirectoryAccess(Set.of("platform-admin"),
            Set.of("haarlem", "leiden", "delft"), null);

    record Demo(String tenant, String slug, String name, OrganizationType type, String description, String website) {
    }

    static final List<Demo> ORGANIZATIONS = List.of(
            new Demo("haarlem", "vluchtelingenwerk-nwh", "VluchtelingenWerk Noord-West-Holland", OrganizationType.CIVIL_SOCIETY,
                    "[demo] Begeleidt statushouders bij hun eerste stappen in Haarlem en koppelt hen aan taalmaatjes.", null),
            new Demo("haarlem", "wereldkeuken", "Wereldkeuken", OrganizationType.INITIATIVE,
                    "[demo] Nieuwkomers en buurtbewoners koken samen en runnen een pop-uprestaurant.", null),
            new Demo("haarlem", "haarlem-mozaiek", "Stichting Haarlem Mozaïek", OrganizationType.SELF_ORGANISATION,
                    "[demo] Statushouders helpen statushouders en slaan een brug naar 'oude' Haarlemmers.", null),
            new Demo("leiden", "vluchtelingenwerk-leiden", "VluchtelingenWerk Leiden", OrganizationType.CIVIL_SOCIETY,
                    "[demo] Maatschappelijke begeleiding, spreekuren en een maatjesproject in Leiden.", null),
            new Demo("leiden", "we-are-leiden", "We Are Leiden", OrganizationType.INITIATIVE,
                    "[demo] Ontmoetingen, culturele avonden en sport voor nieuwe en oude Leidenaren.", null),
            new Demo("leiden", "ekklesia-taalgroep", "Ekklesia Taalgroep", OrganizationType.INITIATIVE,
                    "[demo] Wekelijkse taalgroep en taalcafé met vrijwillige docenten.", null),
            new Demo("delft", "taalhuis-dok", "Taalhuis DOK", OrganizationType.CIVIL_SOCIETY,
                    "[demo] Taalspreekuur, taalcafé en digitale hulp in de bibliotheek van Delft.", null),
            new Demo("delft", "delftse-buur", "Delftse Buur", OrganizationType.INITIATIVE,
                    "[demo] Buren die nieuwkomers wegwijs maken in de wijk en in de gemeentelijke papieren.", null),
            new Demo("delft", "engineers-for-refugees", "Engineers for Refugees", OrganizationType.INITIATIVE,
                    "[demo] Technici die nieuwkomers met een technische achtergrond coachen naar werk en studie.", null));

    private final RegisterOrganization registerOrganization;

    DemoOrganizations(RegisterOrganization registerOrganization) {
        this.registerOrganization = registerOrganization;
    }

    static String stableId(String tenant, String slug) {
        return UUID.nameUUIDFromBytes(("onderop-demo:" + tenant + ":" + slug).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Long added = Flux.fromIterable(ORGANIZATIONS)
                .concatMap(demo -> registerOrganization.register(SEEDER,
                                new RegisterOrganizationCommand(demo.tenant(), demo.slug(), demo.name(), demo.type(),
                                        demo.description(), demo.website(), PublicationStatus.PUBLISHED),
                                stableId(demo.tenant(), demo.slug()))
                        .thenReturn(1L)
                        .onErrorResume(ApiProblem.class, alreadyThere -> Mono.just(0L)))
                .reduce(0L, Long::sum)
                .toFuture()
                .get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
        log.info("Demo data: {} organisations added, {} already present", added, ORGANIZATIONS.size() - added);
    }
}
