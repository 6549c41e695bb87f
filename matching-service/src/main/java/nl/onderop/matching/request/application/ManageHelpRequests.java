package nl.onderop.matching.request.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.newcomer.application.ManageNewcomers;
import nl.onderop.matching.newcomer.application.NewcomerDataHolder;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.matching.request.domain.HelpRequestEvents;
import nl.onderop.matching.request.domain.RequestKind;
import nl.onderop.matching.request.domain.SmallTask;
import nl.onderop.matching.request.domain.Urgency;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.storage.UntilWritten;

/**
 * Help requests of newcomers: opened by the newcomer's coordinator or by the newcomer, closed by the
 * coordinator, split by the coordinator into small tasks that the volunteer service publishes as tasks.
 */
@Component
public class ManageHelpRequests implements NewcomerDataHolder {

    public static final int MAX_TASKS_PER_SPLIT = 20;

    private final HelpRequestRepository requests;
    private final ManageNewcomers newcomers;
    private final CloudEventFactory events;
    private final Clock clock;

    public ManageHelpRequests(HelpRequestRepository requests, ManageNewcomers newcomers, CloudEventFactory events,
                              Clock clock) {
        this.requests = requests;
        this.newcomers = newcomers;
        this.events = events;
        this.clock = clock;
    }

    public record Page(List<HelpRequest> requests, long total) {
    }

    public Mono<HelpRequest> open(MatchingAccess access, String newcomerId, RequestKind kind, String description,
                                  Urgency urgency) {
        return newcomers.visible(access, newcomerId).flatMap(newcomer -> open(newcomer, kind, description, urgency));
    }

    public Mono<HelpRequest> openOwn(MatchingAccess access, RequestKind kind, String description, Urgency urgency) {
        return newcomers.own(access).flatMap(newcomer -> open(newcomer, kind, description, urgency));
    }

    /** Used by the demo loader too: the newcomer is already known to be visible. */
    public Mono<HelpRequest> open(Newcomer newcomer, RequestKind kind, String description, Urgency urgency) {
        Instant now = Instant.now(clock);
        HelpRequest request = new HelpRequest(UUID.randomUUID().toString(), newcomer.tenant(), newcomer.organization(),
                newcomer.id(), kind, description, urgency, true, null, List.of(), 1, now, now);
        return requests.insert(request, List.of(event(HelpRequestEvents.OPENED, request, HelpRequestEvents.opened(request))));
    }

    public Mono<Page> ofOrganization(MatchingAccess access, Boolean open, int page, int pageSize) {
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators list help requests."));
        }
        String tenant = access.soleTenant()
                .orElseThrow(() -> ApiProblem.forbidden("Help requests are managed from an account of exactly one tenant."));
        long skip = (long) (page - 1) * pageSize;
        return Mono.zip(requests.findByOrganization(tenant, access.organization(), open, skip, pageSize).collectList(),
                        requests.countByOrganization(tenant, access.organization(), open))
                .map(found -> new Page(found.getT1(), found.getT2()));
    }

    public Mono<List<HelpRequest>> own(MatchingAccess access) {
        return newcomers.own(access).flatMap(newcomer -> requests.findByNewcomer(newcomer.id()).collectList());
    }

    /** The request if the caller may see it: the organisation's coordinator or the newcomer; 404 otherwise. */
    public Mono<HelpRequest> visible(MatchingAccess access, String id) {
        return requests.findById(id)
                .filterWhen(request -> access.coordinates(request.tenant(), request.organization()) ? Mono.just(true)
                        : newcomers.visible(access, request.newcomerId()).hasElement().onErrorReturn(false))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Help request " + id)));
    }

    public Mono<HelpRequest> close(MatchingAccess access, String id, String reason) {
        return managed(access, id).flatMap(request -> close(request, reason));
    }

    /** Closes an open request (a completed match does it too); a closed one stays as it is. */
    public Mono<HelpRequest> close(HelpRequest request, String reason) {
        if (!request.open()) {
            return Mono.just(request);
        }
        HelpRequest closed = request.closed(reason, Instant.now(clock));
        return requests.update(closed, request.version(),
                        List.of(event(HelpRequestEvents.CLOSED, closed, HelpRequestEvents.closed(closed))))
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The help request changed meanwhile; try again.")));
    }

    public Mono<HelpRequest> closeById(String id, String reason) {
        return requests.findById(id).flatMap(request -> close(request, reason));
    }

    /** Adds small tasks; the split event asks the volunteer service to publish them as tasks. */
    public Mono<HelpRequest> split(MatchingAccess access, String id, List<SmallTask> draft) {
        return managed(access, id).flatMap(request -> {
            if (!request.open()) {
                return Mono.error(ApiProblem.conflict("The help request is closed."));
            }
            if (draft.isEmpty() || request.tasks().size() + draft.size() > MAX_TASKS_PER_SPLIT) {
                return Mono.error(ApiProblem.invalid("tasks", "size",
                        "Between 1 and " + MAX_TASKS_PER_SPLIT + " tasks per help request in all."));
            }
            List<SmallTask> keyed = new ArrayList<>();
            for (int i = 0; i < draft.size(); i++) {
                SmallTask task = draft.get(i);
                keyed.add(new SmallTask(request.id() + ":" + (request.tasks().size() + i + 1), task.title(),
                        task.description(), task.date(), task.startTime(), task.durationMinutes(), task.district(),
                        task.languages()));
            }
            HelpRequest split = request.withTasks(keyed, Instant.now(clock));
            return requests.update(split, request.version(),
                            List.of(event(HelpRequestEvents.SPLIT, split, HelpRequestEvents.split(split, keyed))))
                    .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The help request changed meanwhile; try again.")));
        });
    }

    public Flux<HelpRequest> openRequests(String tenant, String organization) {
        return requests.findOpen(tenant, organization);
    }

    public Mono<HelpRequest> byId(String id) {
        return requests.findById(id);
    }

    private Mono<HelpRequest> managed(MatchingAccess access, String id) {
        return requests.findById(id)
                .filter(request -> access.coordinates(request.tenant(), request.organization()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Help request " + id)));
    }

    private OutboxMessage event(String type, HelpRequest request, Map<String, Object> data) {
        return events.outboxMessage(type, request.tenant(), request.id(), data);
    }

    @Override
    public String section() {
        return "helpRequests";
    }

    @Override
    public Mono<Object> export(Newcomer newcomer) {
        return requests.findByNewcomer(newcomer.id()).collectList().map(list -> (Object) list);
    }

    /**
     * Closes every open request of the newcomer first, with its {@code closed} event in the same write, so the
     * volunteer service cancels the tasks made from it; then keeps each request without anything the newcomer or
     * the coordinator wrote about them (see {@link HelpRequest#erased}). Events still queued in a request are
     * relayed as usual; they carry ids, kind and urgency, never the description.
     */
    @Override
    public Mono<Void> erase(Newcomer newcomer) {
        return requests.findByNewcomer(newcomer.id()).map(HelpRequest::id).collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(id -> UntilWritten.rewriting("help request " + id, () -> requests.findById(id), this::eraseOne))
                .then();
    }

    private Mono<HelpRequest> eraseOne(HelpRequest request) {
        HelpRequest erased = request.erased(Instant.now(clock));
        return requests.update(erased, request.version(), request.open()
                ? List.of(event(HelpRequestEvents.CLOSED, erased, HelpRequestEvents.closed(erased))) : List.of());
    }
}
