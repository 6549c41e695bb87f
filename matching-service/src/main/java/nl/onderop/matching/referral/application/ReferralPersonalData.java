package nl.onderop.matching.referral.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.newcomer.application.NewcomerDataHolder;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.referral.domain.Referral;

/** Referrals in a newcomer's export, and their removal when the newcomer is erased. */
@Component
public class ReferralPersonalData implements NewcomerDataHolder {

    private static final int EXPORT_LIMIT = 10_000;

    private final ReferralRepository referrals;

    public ReferralPersonalData(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public String section() {
        return "referrals";
    }

    @Override
    public Mono<Object> export(Newcomer newcomer) {
        return referrals.findByNewcomer(newcomer.id(), 0, EXPORT_LIMIT).map(ReferralPersonalData::exported)
                .collectList().map(list -> (Object) list);
    }

    /** The referral with its status spelled as the API spells it. */
    private static Map<String, Object> exported(Referral referral) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("id", referral.id());
        part.put("fromOrganization", referral.fromOrganization());
        part.put("toOrganization", referral.toOrganization());
        part.put("serviceId", referral.serviceId());
        part.put("serviceName", referral.serviceName());
        part.put("note", referral.note());
        part.put("consent", referral.consent());
        part.put("status", referral.status().value());
        part.put("outcome", referral.outcome());
        part.put("history", referral.history());
        part.put("createdAt", referral.createdAt());
        part.put("updatedAt", referral.updatedAt());
        return part;
    }

    @Override
    public Mono<Void> erase(Newcomer newcomer) {
        return referrals.deleteByNewcomer(newcomer.id());
    }
}
