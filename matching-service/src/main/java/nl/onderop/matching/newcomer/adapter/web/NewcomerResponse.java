package nl.onderop.matching.newcomer.adapter.web;

import java.time.Instant;
import java.util.List;

import nl.onderop.matching.common.adapter.web.SlotRequest;
import nl.onderop.matching.common.domain.Language;
import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.newcomer.domain.NewcomerProfile;

record NewcomerResponse(String id, String organization, boolean ownAccount, String alias, List<Language> languages,
                        List<String> interests, List<String> needs, List<SlotRequest> availability, String district,
                        String ageBand, String preferredVolunteerGender, List<String> offeredSkills,
                        List<String> offeredLanguages, List<Consent> consents, long version, Instant createdAt,
                        Instant updatedAt) {

    static NewcomerResponse of(Newcomer newcomer) {
        NewcomerProfile profile = newcomer.profile();
        return new NewcomerResponse(newcomer.id(), newcomer.organization(), newcomer.account() != null, profile.alias(),
                profile.languages(), profile.interests(), profile.needs(),
                profile.availability().stream().map(SlotRequest::of).toList(), profile.district(), profile.ageBand(),
                profile.preferredVolunteerGender(), profile.offeredSkills(), profile.offeredLanguages(),
                newcomer.consents(), newcomer.version(), newcomer.createdAt(), newcomer.updatedAt());
    }
}
