package nl.onderop.volunteers.task.adapter.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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

import nl.onderop.volunteers.task.application.ManageTasks;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskDetails;

/**
 * Three invented small tasks per tenant, in the coming days and weeks counted from the day of the first start.
 * Stable ids make a later start skip what is there, so the dates stay as first stored.
 */
@Component
@ConditionalOnProperty(name = "onderop.demo-data.enabled", havingValue = "true")
class DemoTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    record Demo(String tenant, String organization, String key, String title, String description, String place,
                int daysAhead, LocalTime from, LocalTime to, int capacity, List<String> skills, boolean openToPool) {
    }

    static final List<Demo> TASKS = List.of(
            new Demo("haarlem", "vluchtelingenwerk-nwh", "kledinginzameling", "Helpen bij de kledinginzameling",
                    "Kleding sorteren en uitdelen op de inzameldag.", "Buurthuis Schalkwijk", 4,
                    LocalTime.of(10, 0), LocalTime.of(14, 0), 4, List.of("sorting"), true),
            new Demo("haarlem", "wereldkeuken", "buurtdiner", "Koken voor het buurtdiner",
                    "Samen koken voor zestig buren; recepten uit de hele wereld.", "Wereldkeuken Haarlem", 9,
                    LocalTime.of(15, 0), LocalTime.of(20, 30), 5, List.of("cooking"), true),
            new Demo("haarlem", "vluchtelingenwerk-nwh", "verhuisbus", "Chauffeur voor de verhuisbus",
                    "Een gezin verhuizen naar hun nieuwe woning; rijbewijs B nodig.", "Haarlem-Noord", 13,
                    LocalTime.of(9, 0), LocalTime.of(13, 0), 1, List.of("driving"), false),
            new Demo("leiden", "we-are-leiden", "kledinginzameling", "Helpen bij de kledinginzameling",
                    "Dozen uitpakken, sorteren en klaarzetten.", "Pieterskerkplein", 3,
                    LocalTime.of(13, 0), LocalTime.of(17, 0), 3, List.of("sorting"), true),
            new Demo("leiden", "we-are-leiden", "verhuisbus", "Chauffeur voor de verhuisbus",
                    "Meubels ophalen bij de kringloop en afleveren.", "Leiden-Zuidwest", 6,
                    LocalTime.of(9, 30), LocalTime.of(12, 30), 2, List.of("driving"), true),
            new Demo("leiden", "we-are-leiden", "buurtdiner", "Koken voor het buurtdiner",
                    "Een avond koken voor de taalcafé-groep.", "Buurthuis De Kooi", 11,
                    LocalTime.of(16, 0), LocalTime.of(21, 0), 4, List.of("cooking"), true),
            new Demo("delft", "delftse-buur", "buurtdiner", "Koken voor het buurtdiner",
                    "Soep en brood voor de buurtmaaltijd.", "Buurthuis Tanthof", 5,
                    LocalTime.of(15, 30), LocalTime.of(20, 0), 3, List.of("cooking"), true),
            new Demo("delft", "taalhuis-dok", "kledinginzameling", "Helpen bij de kledinginzameling",
                    "Winterjassen inzamelen en uitdelen.", "DOK Delft", 8,
                    LocalTime.of(10, 0), LocalTime.of(13, 0), 2, List.of(), false),
            new Demo("delft", "delftse-buur", "verhuisbus", "Chauffeur voor de verhuisbus",
                    "Een keer rijden met de verhuisbus van de buurtvereniging.", "Delft-Zuid", 16,
                    LocalTime.of(9, 0), LocalTime.of(12, 0), 1, List.of("driving"), true));

    private final ManageTasks manage;
    private final Clock clock;

    DemoTasks(ManageTasks manage, Clock clock) {
        this.manage = manage;
        this.clock = clock;
    }

    static String id(Demo demo) {
        return UUID.nameUUIDFromBytes(("onderop-demo-task:" + demo.tenant() + ":" + demo.organization() + ":" + demo.key())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Instant now = Instant.now(clock);
        Long added = Flux.fromIterable(TASKS)
                .concatMap(demo -> manage.insert(task(demo, today, now)).thenReturn(1L)
                        .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.just(0L)))
                .reduce(0L, Long::sum)
                .toFuture()
                .get(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS);
        log.info("Demo data: {} tasks added ({} in the list)", added, TASKS.size());
    }

    private static Task task(Demo demo, LocalDate today, Instant now) {
        LocalDate day = today.plusDays(demo.daysAhead());
        return Task.posted(id(demo), demo.tenant(), demo.organization(), new TaskDetails(demo.title(), demo.description(),
                day.atTime(demo.from()).atZone(ZONE).toInstant(), day.atTime(demo.to()).atZone(ZONE).toInstant(),
                demo.place(), demo.capacity(), demo.skills(), demo.openToPool()), now);
    }
}
