package nl.onderop.volunteers.introduction.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.introduction.domain.Introduction;
import nl.onderop.volunteers.introduction.domain.IntroductionStatus;
import nl.onderop.volunteers.volunteer.application.FindVolunteers;
import nl.onderop.volunteers.volunteer.application.ManageVolunteers;
import nl.onderop.volunteers.volunteer.application.PersonalDataHolder;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * Organisations that find a volunteer in the tenant pool ask to be introduced; the volunteer decides. Only
 * a pool volunteer can be asked (the asking organisation sees it in the pool view), only once per organisation.
 */
@Component
public class Introductions implements PersonalDataHolder {

    public static final String REQUESTED = "nl.onderop.volunteers.introduction.requested.v1";
    public static final String ACCEPTED = "nl.onderop.volunteers.introduction.accepted.v1";
    public static final String DECLINED = "nl.onderop.volunteers.introduction.declined.v1";

    private final IntroductionRepository introductions;
    private final FindVolunteers volunteers;
    private final ManageVolunteers manage;
    private final CloudEventFactory events;
    private final Clock clock;

    public Introductions(IntroductionRepository introductions, FindVolunteers volunteers, ManageVolunteers manage,
                         CloudEventFactory events, Clock clock) {
        this.introductions = introductions;
        this.volunteers = volunteers;
        this.manage = manage;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Introduction> request(VolunteerAccess access, String volunteerId, String message) {
        return volunteers.byId(access, volunteerId).flatMap(seen -> {
            if (seen.view() != VolunteerAccess.View.POOL) {
                return Mono.error(ApiProblem.conflict("Only volunteers of other organisations in the tenant pool can be asked."));
            }
            Volunteer volunteer = seen.volunteer();
            // one request per organisation and volunteer: the id says so, the store refuses a second
            String id = UUID.nameUUIDFromBytes((volunteer.id() + ":" + access.organization())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            Introduction introduction = new Introduction(id, volunteer.tenant(), volunteer.id(), access.organization(),
                    message, IntroductionStatus.REQUESTED, Instant.now(clock), null);
            return introductions.insert(introduction, List.of(event(REQUESTED, introduction)))
                    .onErrorMap(DuplicateKeyException.class,
                            duplicate -> ApiProblem.conflict("Your organisation already asked this volunteer."));
        });
    }

    public Mono<List<Introduction>> ofOwn(VolunteerAccess access) {
        return volunteers.own(access).flatMap(own -> introductions.findByVolunteer(own.id()).collectList());
    }

    public Mono<Introduction> answer(VolunteerAccess access, String introductionId, boolean accept) {
        return volunteers.own(access).flatMap(own -> introductions.findById(introductionId)
                .filter(introduction -> introduction.volunteerId().equals(own.id()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Introduction " + introductionId)))
                .flatMap(introduction -> {
                    if (!introduction.isOpen()) {
                        return Mono.error(ApiProblem.conflict("You answered this introduction already."));
                    }
                    Introduction answered = introduction.answered(accept, Instant.now(clock));
                    Mono<Introduction> stored = introductions.answer(answered,
                                    List.of(event(accept ? ACCEPTED : DECLINED, answered)))
                            .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("You answered this introduction already.")));
                    return accept ? stored.flatMap(saved -> manage.join(own, saved.organization()).thenReturn(saved)) : stored;
                }));
    }

    private OutboxMessage event(String type, Introduction introduction) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("introductionId", introduction.id());
        data.put("volunteerId", introduction.volunteerId());
        data.put("tenant", introduction.tenant());
        data.put("organization", introduction.organization());
        data.put("status", introduction.status().value());
        return events.outboxMessage(type, introduction.tenant(), introduction.id(), data);
    }

    @Override
    public String section() {
        return "introductions";
    }

    @Override
    public Mono<Object> export(Volunteer volunteer) {
        return introductions.findByVolunteer(volunteer.id()).collectList().map(list -> (Object) list);
    }

    @Override
    public Mono<Void> erase(Volunteer volunteer) {
        return introductions.deleteByVolunteer(volunteer.id());
    }
}
