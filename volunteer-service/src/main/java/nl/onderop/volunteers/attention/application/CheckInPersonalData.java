package nl.onderop.volunteers.attention.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.attention.domain.CheckIn;
import nl.onderop.volunteers.volunteer.application.PersonalDataHolder;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

/**
 * The check-ins about a volunteer belong to its export; its erasure removes them and the record of its
 * announced attention occurrences, which name it by id.
 */
@Component
class CheckInPersonalData implements PersonalDataHolder {

    private final CheckInRepository checkIns;
    private final AttentionOccurrenceRepository occurrences;

    CheckInPersonalData(CheckInRepository checkIns, AttentionOccurrenceRepository occurrences) {
        this.checkIns = checkIns;
        this.occurrences = occurrences;
    }

    @Override
    public String section() {
        return "checkIns";
    }

    @Override
    public Mono<Object> export(Volunteer volunteer) {
        return checkIns.findAll(volunteer.tenant(), volunteer.id()).map(CheckInPersonalData::exported).collectList()
                .map(list -> list);
    }

    @Override
    public Mono<Void> erase(Volunteer volunteer) {
        return checkIns.deleteAll(volunteer.tenant(), volunteer.id())
                .then(occurrences.deleteAll(volunteer.tenant(), volunteer.id()));
    }

    private static Map<String, Object> exported(CheckIn checkIn) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", checkIn.id());
        entry.put("organization", checkIn.organization());
        entry.put("date", checkIn.date().toString());
        entry.put("outcome", checkIn.outcome().value());
        entry.put("note", checkIn.note());
        entry.put("recordedAt", checkIn.recordedAt());
        return entry;
    }
}
