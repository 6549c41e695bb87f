package nl.onderop.matching.newcomer.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.newcomer.domain.NewcomerEvents;
import nl.onderop.matching.newcomer.domain.NewcomerProfile;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;

/**
 * Registering, reading, changing, exporting and erasing newcomers. A coordinator works on its own
 * organisation's newcomers; a newcomer with an account works on its own profile ({@code /me}). Everyone
 * else gets 404 for a newcomer, so that existence is not revealed.
 */
@Component
public class ManageNewcomers {

    /** The version of the consent text for matching that the API and the demo record. */
    public static final String CONSENT_VERSION = "2026-1";

    private final NewcomerRepository newcomers;
    private final NewcomerProfileRules rules;
    private final ObjectProvider<NewcomerDataHolder> holders;
    private final CloudEventFactory events;
    private final Clock clock;

    public ManageNewcomers(NewcomerRepository newcomers, NewcomerProfileRules rules,
                           ObjectProvider<NewcomerDataHolder> holders, CloudEventFactory events, Clock clock) {
        this.newcomers = newcomers;
        this.rules = rules;
        this.holders = holders;
        this.events = events;
        this.clock = clock;
    }

    public record Page(List<Newcomer> newcomers, long total) {
    }

    /** A coordinator registers a newcomer of its organisation, who gave consent (recorded with its version). */
    public Mono<Newcomer> register(MatchingAccess access, NewcomerProfile profile, String consentVersion) {
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators register newcomers."));
        }
        return create(tenantOf(access), access.organization(), null, profile, consentVersion);
    }

    /** A newcomer with an account creates or changes its own profile. */
    public Mono<Newcomer> saveOwn(MatchingAccess access, NewcomerProfile profile, String consentVersion, Long version) {
        if (!access.isNewcomer()) {
            return Mono.error(ApiProblem.forbidden("Only newcomers have an own newcomer profile."));
        }
        String tenant = tenantOf(access);
        return newcomers.findByAccount(tenant, access.subject())
                .flatMap(own -> change(own, profile, version))
                .switchIfEmpty(Mono.defer(() -> {
                    if (access.organization() == null) {
                        return Mono.error(ApiProblem.forbidden(
                                "Your account belongs to no organisation yet; ask the organisation that helps you."));
                    }
                    return create(tenant, access.organization(), access.subject(), profile, consentVersion);
                }));
    }

    public Mono<Newcomer> own(MatchingAccess access) {
        if (!access.isNewcomer()) {
            return Mono.error(ApiProblem.forbidden("Only newcomers have an own newcomer profile."));
        }
        return newcomers.findByAccount(tenantOf(access), access.subject())
                .filter(own -> !own.isErased())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Your newcomer profile")));
    }

    /** The newcomer, if the caller may see it: its organisation's coordinator or the newcomer itself. */
    public Mono<Newcomer> visible(MatchingAccess access, String id) {
        return newcomers.findById(id)
                .filter(newcomer -> !newcomer.isErased() && mayManage(access, newcomer))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Newcomer " + id)));
    }

    public static boolean mayManage(MatchingAccess access, Newcomer newcomer) {
        return access.coordinates(newcomer.tenant(), newcomer.organization())
                || (newcomer.account() != null && access.is(newcomer.account()) && access.tenants().contains(newcomer.tenant()));
    }

    public Mono<Page> ofOrganization(MatchingAccess access, int page, int pageSize) {
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators list newcomers."));
        }
        String tenant = tenantOf(access);
        long skip = (long) (page - 1) * pageSize;
        return Mono.zip(newcomers.findByOrganization(tenant, access.organization(), skip, pageSize).collectList(),
                        newcomers.countByOrganization(tenant, access.organization()))
                .map(found -> new Page(found.getT1(), found.getT2()));
    }

    public Mono<Newcomer> update(MatchingAccess access, String id, NewcomerProfile profile, Long version) {
        return visible(access, id).flatMap(newcomer -> change(newcomer, profile, version));
    }

    /** Everything this service keeps about the caller's own newcomer profile (GDPR art. 15). */
    public Mono<Map<String, Object>> exportOwn(MatchingAccess access) {
        return own(access).flatMap(newcomer -> Flux.fromIterable(holders.orderedStream().toList())
                .concatMap(holder -> holder.export(newcomer).map(part -> Map.entry(holder.section(), part)))
                .collectList()
                .map(parts -> {
                    Map<String, Object> export = new LinkedHashMap<>();
                    export.put("newcomer", newcomer);
                    parts.forEach(part -> export.put(part.getKey(), part.getValue()));
                    return export;
                }));
    }

    /** Erases the caller's own profile; emits what is left of it (id and tenant). */
    public Mono<Newcomer> eraseOwn(MatchingAccess access) {
        return own(access).flatMap(this::erase);
    }

    /** Erases a newcomer of the caller's organisation; emits what is left of it (id and tenant). */
    public Mono<Newcomer> erase(MatchingAccess access, String id) {
        return visible(access, id).flatMap(this::erase);
    }

    /** Every holder removes its part first; then the profile is emptied in the same write as the event. */
    private Mono<Newcomer> erase(Newcomer newcomer) {
        Newcomer erased = newcomer.erased(Instant.now(clock));
        return Flux.fromIterable(holders.orderedStream().toList())
                .concatMap(holder -> holder.erase(newcomer))
                .then(newcomers.update(erased, newcomer.version(), List.of(events.outboxMessage(NewcomerEvents.ERASED,
                        newcomer.tenant(), newcomer.id(), NewcomerEvents.erased(newcomer)))))
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The profile changed meanwhile; try again.")));
    }

    /** For trusted callers inside this service (the demo loader): no caller to check. */
    public Mono<Newcomer> registerTrusted(String tenant, String organization, String account, NewcomerProfile profile,
                                          String consentVersion) {
        return create(tenant, organization, account, profile, consentVersion);
    }

    private Mono<Newcomer> create(String tenant, String organization, String account, NewcomerProfile profile,
                                  String consentVersion) {
        if (consentVersion == null || consentVersion.isBlank()) {
            return Mono.error(ApiProblem.invalid("consent", "required",
                    "Matching needs the newcomer's consent: send consent with given true and the version of the text."));
        }
        rules.check(profile);
        Instant now = Instant.now(clock);
        Newcomer newcomer = new Newcomer(UUID.randomUUID().toString(), tenant, organization, account, profile,
                List.of(new Consent(Consent.MATCHING, consentVersion, now)), 1, now, now, null);
        return newcomers.insert(newcomer, List.of(events.outboxMessage(NewcomerEvents.REGISTERED, tenant, newcomer.id(),
                NewcomerEvents.registered(newcomer))));
    }

    private Mono<Newcomer> change(Newcomer newcomer, NewcomerProfile profile, Long version) {
        if (version != null && version != newcomer.version()) {
            return Mono.error(ApiProblem.conflict("The profile changed meanwhile (now version " + newcomer.version() + ")."));
        }
        rules.check(profile);
        return newcomers.update(newcomer.withProfile(profile, Instant.now(clock)), newcomer.version(), List.of())
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The profile changed meanwhile; reload it.")));
    }

    private static String tenantOf(MatchingAccess access) {
        return access.soleTenant()
                .orElseThrow(() -> ApiProblem.forbidden("Newcomers are managed from an account of exactly one tenant."));
    }
}
