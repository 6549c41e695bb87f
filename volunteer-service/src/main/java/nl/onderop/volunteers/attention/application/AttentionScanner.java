package nl.onderop.volunteers.attention.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.scheduling.PeriodicJob;
import nl.onderop.platform.web.TenantRegistry;
import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.attention.domain.AttentionEvents;
import nl.onderop.volunteers.attention.domain.AttentionItem;
import nl.onderop.volunteers.attention.domain.AttentionOccurrence;
import nl.onderop.volunteers.attention.domain.AttentionRules;
import nl.onderop.volunteers.attention.domain.AttentionSettings;
import nl.onderop.volunteers.volunteer.application.VolunteerRepository;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

/**
 * Announces {@value AttentionEvents#ATTENTION_NEEDED} once per occurrence: per organisation, volunteer, reason
 * and the day the situation began. The scan may run often and on every instance: the occurrence is stored
 * under a unique key in the same write as its event, and only the first writer succeeds.
 */
@Component
public class AttentionScanner extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(AttentionScanner.class);

    private final VolunteerRepository volunteers;
    private final VolunteerSituations situations;
    private final AttentionSettingsRepository settings;
    private final AttentionOccurrenceRepository occurrences;
    private final TenantRegistry tenants;
    private final CloudEventFactory events;
    private final Clock clock;
    private final boolean scheduled;

    public AttentionScanner(VolunteerRepository volunteers, VolunteerSituations situations,
                            AttentionSettingsRepository settings, AttentionOccurrenceRepository occurrences,
                            TenantRegistry tenants, CloudEventFactory events, Clock clock,
                            @Value("${onderop.volunteers.attention.scan-interval:PT1H}") Duration interval,
                            @Value("${onderop.volunteers.attention.scheduled:true}") boolean scheduled) {
        super("Attention scan", Duration.ofSeconds(60), interval);
        this.volunteers = volunteers;
        this.situations = situations;
        this.settings = settings;
        this.occurrences = occurrences;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    @Override
    protected Mono<?> runOnce() {
        return scanOnce();
    }

    /** Tests turn the schedule off and call scanOnce themselves, so that only their clock decides. */
    @Override
    protected boolean scheduled() {
        return scheduled;
    }

    /** One pass over every tenant at the clock's now; emits how many occurrences were newly announced. */
    public Mono<Long> scanOnce() {
        return Mono.defer(() -> scanOnce(Instant.now(clock)));
    }

    public Mono<Long> scanOnce(Instant now) {
        LocalDate today = now.atZone(Activity.ZONE).toLocalDate();
        return Flux.fromIterable(tenants.tenants())
                .concatMap(tenant -> settings.findByTenant(tenant)
                        .collectMap(AttentionSettings::organization, AttentionSettings::weeks)
                        .flatMapMany(weeksByOrganization -> volunteers.findByTenant(tenant)
                                .filter(volunteer -> !volunteer.isErased())
                                // read to the end first: no writes while a cursor is open
                                .collectList()
                                .flatMapIterable(all -> all)
                                .concatMap(volunteer -> Flux.fromIterable(volunteer.organizations())
                                        .concatMap(organization -> announce(volunteer, organization,
                                                weeksOf(weeksByOrganization, organization), today, now)))))
                .filter(Boolean::booleanValue)
                .count()
                .doOnNext(count -> {
                    if (count > 0) {
                        log.info("Announced {} volunteers who need attention", count);
                    }
                });
    }

    private static int weeksOf(Map<String, Integer> weeksByOrganization, String organization) {
        return weeksByOrganization.getOrDefault(organization, AttentionRules.DEFAULT_WEEKS);
    }

    private Flux<Boolean> announce(Volunteer volunteer, String organization, int weeks, LocalDate today, Instant now) {
        return situations.itemsFor(volunteer, organization, weeks, today)
                .flatMapMany(Flux::fromIterable)
                .concatMap(item -> record(new AttentionOccurrence(volunteer.tenant(), organization, item, weeks, now)));
    }

    private Mono<Boolean> record(AttentionOccurrence occurrence) {
        AttentionItem item = occurrence.item();
        return occurrences.recordOnce(occurrence, events.outboxMessage(AttentionEvents.ATTENTION_NEEDED,
                occurrence.tenant(), item.volunteerId(), AttentionEvents.attentionNeeded(occurrence)));
    }



}
