package nl.onderop.matching.referral.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.onderop.matching.referral.application.ReferNewcomer;
import nl.onderop.matching.referral.domain.Referral;

/** A referral as the referring coordinator sends it: the service, a short hand-over note and the newcomer's consent. */
record ReferralRequest(
        @NotBlank @Size(max = 100) String serviceId,
        @Size(max = Referral.MAX_NOTE) String note,
        @Valid ConsentRequest consent) {

    record ConsentRequest(@NotNull Boolean given, @NotBlank @Size(max = 20) String version) {
    }

    ReferNewcomer.Command command() {
        return new ReferNewcomer.Command(serviceId.strip(), note,
                consent != null && Boolean.TRUE.equals(consent.given()) ? consent.version() : null);
    }
}
