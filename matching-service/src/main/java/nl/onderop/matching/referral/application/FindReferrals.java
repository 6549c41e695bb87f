package nl.onderop.matching.referral.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.referral.domain.Referral;
import nl.onderop.matching.referral.domain.ReferralParty;
import nl.onderop.matching.referral.domain.ReferralStatus;
import nl.onderop.platform.errors.ApiProblem;

/**
 * Who sees which referral, and how much of it: both organisations' coordinators and the newcomer with its own
 * account see its status, outcome and history; the hand-over (note, alias, languages, needs) reaches the
 * receiving organisation only while the referral is open. Everyone else, municipality coordinators included,
 * gets 404.
 */
@Component
public class FindReferrals {

    private final ReferralRepository referrals;
    private final NewcomerRepository newcomers;

    public FindReferrals(ReferralRepository referrals, NewcomerRepository newcomers) {
        this.referrals = referrals;
        this.newcomers = newcomers;
    }

    /** A referral as one side sees it; {@code newcomer} is null when the hand-over is not for this side (or erased). */
    public record SeenReferral(Referral referral, ReferralParty party, boolean handOver, Newcomer newcomer) {

        static SeenReferral of(Referral referral, ReferralParty party, Newcomer newcomer) {
            boolean handOver = party.seesHandOver(referral);
            Newcomer shown = handOver && newcomer != null && !newcomer.isErased() ? newcomer : null;
            return new SeenReferral(referral, party, handOver, shown);
        }
    }

    public record Page(List<SeenReferral> referrals, long total) {
    }

    public Mono<SeenReferral> visible(MatchingAccess access, String id) {
        return referrals.findById(id)
                .flatMap(referral -> newcomerOf(referral).flatMap(newcomer -> Mono.justOrEmpty(
                        ReferralParty.of(access, referral, newcomer.map(Newcomer::account).orElse(null))
                                .map(party -> SeenReferral.of(referral, party, newcomer.orElse(null))))))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Referral " + id)));
    }

    /** The referrals an organisation sent, received, or both, newest change first. */
    public Mono<Page> ofOrganization(MatchingAccess access, ReferralRepository.Direction direction,
                                     ReferralStatus status, int page, int pageSize) {
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators list referrals."));
        }
        String tenant = access.soleTenant()
                .orElseThrow(() -> ApiProblem.forbidden("Referrals are listed from an account of exactly one tenant."));
        String organization = access.organization();
        long skip = (long) (page - 1) * pageSize;
        return Mono.zip(referrals.findByOrganization(tenant, organization, direction, status, skip, pageSize).collectList(),
                        referrals.countByOrganization(tenant, organization, direction, status))
                .flatMap(found -> withNewcomers(found.getT1(), referral -> organization.equals(referral.fromOrganization())
                        ? ReferralParty.REFERRER : ReferralParty.RECEIVER)
                        .map(seen -> new Page(seen, found.getT2())));
    }

    /** The signed-in newcomer's own referrals; none while it has no profile here. */
    public Mono<Page> own(MatchingAccess access, int page, int pageSize) {
        if (!access.isNewcomer()) {
            return Mono.error(ApiProblem.forbidden("Only newcomers have own referrals."));
        }
        String tenant = access.soleTenant()
                .orElseThrow(() -> ApiProblem.forbidden("Own referrals are read from an account of exactly one tenant."));
        long skip = (long) (page - 1) * pageSize;
        return newcomers.findByAccount(tenant, access.subject())
                .filter(newcomer -> !newcomer.isErased())
                .flatMap(newcomer -> Mono.zip(referrals.findByNewcomer(newcomer.id(), skip, pageSize).collectList(),
                                referrals.countByNewcomer(newcomer.id()))
                        .map(found -> new Page(found.getT1().stream()
                                .map(referral -> SeenReferral.of(referral, ReferralParty.NEWCOMER, newcomer)).toList(),
                                found.getT2())))
                .defaultIfEmpty(new Page(List.of(), 0));
    }

    private Mono<Optional<Newcomer>> newcomerOf(Referral referral) {
        return newcomers.findById(referral.newcomerId()).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    private Mono<List<SeenReferral>> withNewcomers(List<Referral> page, Function<Referral, ReferralParty> side) {
        List<String> ids = page.stream().map(Referral::newcomerId).distinct().toList();
        Mono<Map<String, Newcomer>> byId = ids.isEmpty() ? Mono.just(Map.of())
                : newcomers.findByIds(ids).collect(Collectors.toMap(Newcomer::id, Function.identity()));
        return byId.map(found -> page.stream()
                .map(referral -> SeenReferral.of(referral, side.apply(referral), found.get(referral.newcomerId())))
                .toList());
    }
}
