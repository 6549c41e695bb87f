package nl.onderop.volunteers.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.volunteers.volunteer.application.DuplicateAccountException;
import nl.onderop.volunteers.volunteer.application.ManageVolunteers;
import nl.onderop.volunteers.volunteer.application.VolunteerProfileRules;
import nl.onderop.volunteers.volunteer.domain.Membership;
import nl.onderop.volunteers.volunteer.domain.PoolConsent;
import nl.onderop.volunteers.volunteer.domain.StopReason;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * Invented demo volunteers for the three tenants ({@code demo/volunteers-demo.json}), registered with their
 * events like any other. The demo login accounts get their profile: the dev realm gives those users stable
 * ids ({@link #accountSubject}), so {@code /me} works for them at once. Stable volunteer ids make a second
 * start skip what is already there.
 */
@Component
@ConditionalOnProperty(name = "onderop.demo-data.enabled", havingValue = "true")
class DemoVolunteers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoVolunteers.class);
    static final String FILE = "demo/volunteers-demo.json";

    record DemoFile(List<Demo> volunteers) {
    }

    record Demo(String tenant, List<String> organizations, String account, String firstName, String lastName,
                String email, String phone, List<Language> languages, List<String> skills, List<String> interests,
                List<Slot> availability, String district, int maxConcurrentMatches, List<String> preferredActivities,
                boolean newcomer, Certificate certificateOfConduct, String status, String stopReason,
                boolean poolConsent, String gender, String ageBand) {
    }

    record Language(String code, String level) {
    }

    record Slot(String day, String from, String to) {
    }

    record Certificate(String status, LocalDate date) {
    }

    private final ManageVolunteers manage;
    private final VolunteerProfileRules rules;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    DemoVolunteers(ManageVolunteers manage, VolunteerProfileRules rules, JsonMapper jsonMapper, Clock clock) {
        this.manage = manage;
        this.rules = rules;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    /** The id the dev realm gives a demo login account (see the realm JSON), so the subject is known here. */
    static String accountSubject(String username) {
        return UUID.nameUUIDFromBytes(("onderop-demo-user:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<Demo> demo;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            demo = jsonMapper.readValue(in, DemoFile.class).volunteers();
        }
        Long added = Flux.fromIterable(demo)
                .concatMap(entry -> manage.insert(volunteer(entry)).thenReturn(1L)
                        .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.just(0L))
                        .onErrorResume(DuplicateAccountException.class, alreadyThere -> Mono.just(0L)))
                .reduce(0L, Long::sum)
                .toFuture()
                .get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);
        log.info("Demo data: {} volunteers added ({} in the file)", added, demo.size());
    }

    private Volunteer volunteer(Demo entry) {
        VolunteerProfile profile = new VolunteerProfile(entry.firstName(), entry.lastName(), entry.email(), entry.phone(),
                entry.languages().stream().map(l -> new VolunteerProfile.LanguageSkill(l.code(), l.level())).toList(),
                entry.skills(), entry.interests(),
                entry.availability().stream().map(s -> new VolunteerProfile.TimeSlot(
                        DayOfWeek.valueOf(s.day().toUpperCase(Locale.ROOT)), LocalTime.parse(s.from()), LocalTime.parse(s.to())))
                        .toList(),
                entry.district(), entry.maxConcurrentMatches(), entry.preferredActivities(), entry.newcomer(),
                new VolunteerProfile.CertificateOfConduct(entry.certificateOfConduct().status(),
                        entry.certificateOfConduct().date()),
                entry.gender(), entry.ageBand());
        rules.check(profile);
        Instant now = Instant.now(clock);
        String id = UUID.nameUUIDFromBytes(("onderop-demo-volunteer:" + entry.tenant() + ":" + entry.email())
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new Volunteer(id, entry.tenant(), entry.account() == null ? null : accountSubject(entry.account()), profile,
                VolunteerStatus.fromValue(entry.status()).orElseThrow(),
                entry.stopReason() == null ? null : StopReason.fromValue(entry.stopReason()).orElseThrow(),
                entry.organizations().stream().map(organization -> new Membership(organization, now)).toList(),
                entry.poolConsent() ? new PoolConsent(true, now, PoolConsent.CURRENT_TEXT_VERSION) : PoolConsent.NOT_GIVEN,
                1, now, now, null);
    }
}
