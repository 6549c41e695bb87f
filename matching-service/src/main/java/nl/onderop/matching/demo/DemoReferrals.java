package nl.onderop.matching.demo;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.newcomer.application.ManageNewcomers;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.referral.application.ChangeReferralStatus;
import nl.onderop.matching.referral.application.DirectoryListings;
import nl.onderop.matching.referral.application.ReferNewcomer;
import nl.onderop.matching.referral.domain.ListedService;
import nl.onderop.matching.referral.domain.ReferralStatus;

/**
 * A few referrals between the demo organisations of a tenant: the first newcomers of each organisation are
 * referred, with consent, to published services of the tenant's other demo organisations; the receiving
 * coordinators accept, complete or decline some of them. Needs the directory's services in the read model.
 */
@Component
class DemoReferrals {

    private final DirectoryListings listings;
    private final ReferNewcomer refer;
    private final ChangeReferralStatus change;

    DemoReferrals(DirectoryListings listings, ReferNewcomer refer, ChangeReferralStatus change) {
        this.listings = listings;
        this.refer = refer;
        this.change = change;
    }

    /** {@code newcomers}: two of {@code organization}'s newcomers; {@code demoOrganisations}: the tenant's demo organisations. */
    Mono<Long> refer(String tenant, String organization, List<Newcomer> newcomers, Set<String> demoOrganisations) {
        MatchingAccess from = coordinator(tenant, organization);
        return listings.findPublished(tenant)
                .filter(service -> ListedService.ACTIVE.equals(service.status()) && service.organizationSlug() != null
                        && !service.organizationSlug().equals(organization)
                        && demoOrganisations.contains(service.organizationSlug()))
                .take(newcomers.size())
                .index()
                .concatMap(indexed -> {
                    int n = indexed.getT1().intValue();
                    ListedService service = indexed.getT2();
                    Newcomer newcomer = newcomers.get(n);
                    return refer.refer(from, newcomer.id(), new ReferNewcomer.Command(service.serviceId(),
                                    "[demo] Zoekt aansluiting na het maatjestraject; spreekt " + languages(newcomer) + ".",
                                    ManageNewcomers.CONSENT_VERSION))
                            .flatMap(seen -> answer(coordinator(tenant, service.organizationSlug()), seen.referral().id(), n)
                                    .thenReturn(seen.referral().id()));
                })
                .count();
    }

    /** The first referral stays open; the second is accepted and completed (or declined, every other organisation). */
    private Mono<Void> answer(MatchingAccess receiver, String referralId, int n) {
        if (n == 0) {
            return Mono.empty();
        }
        if (Math.floorMod(referralId.hashCode(), 2) == 0) {
            return change.change(receiver, referralId, ReferralStatus.DECLINED, "[demo] Onze groep zit vol tot de zomer.", null)
                    .then();
        }
        return change.change(receiver, referralId, ReferralStatus.ACCEPTED, null, null)
                .then(change.change(receiver, referralId, ReferralStatus.COMPLETED, "[demo] Doet nu wekelijks mee.", null))
                .then();
    }

    private static MatchingAccess coordinator(String tenant, String organization) {
        return new MatchingAccess(Set.of("org-coordinator"), Set.of(tenant), organization, "demo-loader");
    }

    private static String languages(Newcomer newcomer) {
        return String.join(", ", newcomer.profile().languages().stream().map(language -> language.code()).toList());
    }

}
