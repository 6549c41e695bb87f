package nl.onderop.matching.match.application;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.candidate.application.CandidateRepository;
import nl.onderop.matching.candidate.domain.Candidate;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.platform.errors.ApiProblem;

/**
 * Who sees which match: the coordinator of the match's organisation all of them; the volunteer and the
 * newcomer their own once the coordinator approved it (a mere proposal is the coordinator's to judge first).
 * Everyone else, municipality coordinators included, gets 404.
 */
@Component
public class FindMatches {

    private final MatchRepository matches;
    private final NewcomerRepository newcomers;
    private final CandidateRepository candidates;

    public FindMatches(MatchRepository matches, NewcomerRepository newcomers, CandidateRepository candidates) {
        this.matches = matches;
        this.newcomers = newcomers;
        this.candidates = candidates;
    }

    /** A match with the newcomer's alias, which everyone who may see the match may see. */
    public record SeenMatch(Match match, String newcomerAlias) {
    }

    public record Page(List<SeenMatch> matches, long total) {
    }

    public Mono<SeenMatch> visible(MatchingAccess access, String id) {
        return matches.findById(id)
                .flatMap(match -> withNewcomer(match).filter(seen -> maySee(access, seen.match(), seen.newcomer())))
                .map(seen -> new SeenMatch(seen.match(), alias(seen.newcomer())))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Match " + id)));
    }

    public Mono<Page> ofOrganization(MatchingAccess access, MatchState state, int page, int pageSize) {
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators list their matches."));
        }
        String tenant = access.soleTenant()
                .orElseThrow(() -> ApiProblem.forbidden("Matches are listed from an account of exactly one tenant."));
        long skip = (long) (page - 1) * pageSize;
        return Mono.zip(matches.findByOrganization(tenant, access.organization(), state, skip, pageSize).collectList()
                                .flatMap(this::seenAll),
                        matches.countByOrganization(tenant, access.organization(), state))
                .map(found -> new Page(found.getT1(), found.getT2()));
    }

    /** The caller's own matches as a volunteer and as a newcomer, from approval on. */
    public Mono<List<SeenMatch>> own(MatchingAccess access) {
        if (access.subject() == null) {
            return Mono.error(ApiProblem.forbidden("Own matches need a signed-in volunteer or newcomer."));
        }
        Flux<Match> asVolunteer = access.isVolunteer() || access.isNewcomer()
                ? candidates.findByAccount(access.subject()).filter(candidate -> access.tenants().contains(candidate.tenant()))
                        .map(Candidate::volunteerId).concatMap(matches::findByVolunteer)
                : Flux.empty();
        Flux<Match> asNewcomer = access.isNewcomer()
                ? Flux.fromIterable(access.tenants()).concatMap(tenant -> newcomers.findByAccount(tenant, access.subject()))
                        .concatMap(newcomer -> matches.findByNewcomer(newcomer.id()))
                : Flux.empty();
        return Flux.concat(asVolunteer, asNewcomer)
                .filter(match -> match.state() != MatchState.PROPOSED && !"coordinator".equals(match.declinedBy()))
                .distinct(Match::id)
                .collectList()
                .flatMap(this::seenAll);
    }

    /** The matches with their newcomers' aliases, the newcomers read in one query. */
    private Mono<List<SeenMatch>> seenAll(List<Match> found) {
        List<String> ids = found.stream().map(Match::newcomerId).filter(Objects::nonNull).distinct().toList();
        return newcomers.findByIds(ids).collectMap(Newcomer::id)
                .map(byId -> found.stream().map(match -> new SeenMatch(match, alias(byId.get(match.newcomerId())))).toList());
    }

    private record WithNewcomer(Match match, Newcomer newcomer) {
    }

    private Mono<WithNewcomer> withNewcomer(Match match) {
        return newcomers.findById(match.newcomerId() == null ? "" : match.newcomerId())
                .map(newcomer -> new WithNewcomer(match, newcomer))
                .defaultIfEmpty(new WithNewcomer(match, null));
    }

    static boolean maySee(MatchingAccess access, Match match, Newcomer newcomer) {
        if (access.coordinates(match.tenant(), match.organization())) {
            return true;
        }
        boolean decided = match.state() != MatchState.PROPOSED && !"coordinator".equals(match.declinedBy());
        boolean volunteer = match.volunteerAccount() != null && access.is(match.volunteerAccount());
        boolean self = newcomer != null && newcomer.account() != null && access.is(newcomer.account());
        return decided && access.tenants().contains(match.tenant()) && (volunteer || self);
    }

    private static String alias(Newcomer newcomer) {
        return newcomer == null || newcomer.isErased() ? null : newcomer.profile().alias();
    }
}
