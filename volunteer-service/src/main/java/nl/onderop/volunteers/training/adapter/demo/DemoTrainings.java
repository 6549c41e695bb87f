package nl.onderop.volunteers.training.adapter.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.training.application.TrainingWrites;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingDetails;

/**
 * Two invented trainings per tenant, open to the tenant, in the coming weeks. Stable ids make a second start
 * skip what is already there (the dates are those of the first start).
 */
@Component
@ConditionalOnProperty(name = "onderop.demo-data.enabled", havingValue = "true")
class DemoTrainings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTrainings.class);
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private record Demo(String tenant, String organization, String title, String description, int inDays,
                        LocalTime from, LocalTime to, String place, String onlineUrl, int capacity) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("haarlem", "vluchtelingenwerk-nwh", "Omgaan met trauma en stress – training voor maatjes",
                    "Herken signalen van stress en trauma bij je maatje, weet wat je wel en niet doet, en waar je naar verwijst.",
                    10, LocalTime.of(19, 0), LocalTime.of(21, 30), "Buurtcentrum De Koepel, Haarlem", null, 16),
            new Demo("haarlem", "vluchtelingenwerk-nwh", "Taalcoach: lesgeven aan anderstaligen",
                    "Praktische werkvormen voor taalmaatjes en taalcafés: spreken oefenen zonder schoolboek.",
                    24, LocalTime.of(10, 0), LocalTime.of(12, 30), null, "https://meet.example.org/taalcoach-haarlem", 25),
            new Demo("leiden", "vluchtelingenwerk-leiden", "Omgaan met trauma en stress – training voor maatjes",
                    "Herken signalen van stress en trauma bij je maatje, weet wat je wel en niet doet, en waar je naar verwijst.",
                    12, LocalTime.of(19, 0), LocalTime.of(21, 30), "Wijkcentrum Matilo, Leiden", null, 14),
            new Demo("leiden", "vluchtelingenwerk-leiden", "Taalcoach: lesgeven aan anderstaligen",
                    "Praktische werkvormen voor taalmaatjes en taalcafés: spreken oefenen zonder schoolboek.",
                    26, LocalTime.of(13, 30), LocalTime.of(16, 0), "Bibliotheek Nieuwstraat, Leiden", null, 20),
            new Demo("delft", "taalhuis-dok", "Taalcoach: lesgeven aan anderstaligen",
                    "Praktische werkvormen voor taalmaatjes en taalcafés: spreken oefenen zonder schoolboek.",
                    9, LocalTime.of(10, 0), LocalTime.of(12, 30), "DOK Centrum, Delft", null, 18),
            new Demo("delft", "taalhuis-dok", "Omgaan met trauma en stress – training voor maatjes",
                    "Herken signalen van stress en trauma bij je maatje, weet wat je wel en niet doet, en waar je naar verwijst.",
                    20, LocalTime.of(19, 0), LocalTime.of(21, 30), null, "https://meet.example.org/trauma-delft", 30));

    private final TrainingWrites writes;
    private final Clock clock;

    DemoTrainings(TrainingWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Long added = Flux.fromIterable(DEMO)
                .concatMap(demo -> writes.insert(training(demo)).thenReturn(1L)
                        .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.just(0L)))
                .reduce(0L, Long::sum)
                .toFuture()
                .get(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS);
        log.info("Demo data: {} trainings added ({} in the set)", added, DEMO.size());
    }

    private Training training(Demo demo) {
        LocalDate day = LocalDate.now(clock.withZone(DUTCH_TIME)).plusDays(demo.inDays());
        String id = UUID.nameUUIDFromBytes(("onderop-demo-training:" + demo.tenant() + ":" + demo.title())
                .getBytes(StandardCharsets.UTF_8)).toString();
        TrainingDetails details = new TrainingDetails(demo.title(), demo.description(),
                ZonedDateTime.of(day, demo.from(), DUTCH_TIME).toInstant(),
                ZonedDateTime.of(day, demo.to(), DUTCH_TIME).toInstant(), demo.place(), demo.onlineUrl(), demo.capacity());
        return Training.schedule(id, demo.tenant(), demo.organization(), details, true, clock.instant());
    }
}
