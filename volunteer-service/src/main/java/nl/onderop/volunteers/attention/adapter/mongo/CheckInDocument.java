package nl.onderop.volunteers.attention.adapter.mongo;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.volunteers.attention.domain.CheckIn;
import nl.onderop.volunteers.attention.domain.CheckInOutcome;

/** A stored check-in, tenant first. */
@Document(CheckInDocument.COLLECTION)
record CheckInDocument(@Id String id, String tenant, String organization, String volunteerId, LocalDate date,
                       String outcome, String note, Instant recordedAt) {

    static final String COLLECTION = "check_ins";

    static CheckInDocument from(CheckIn checkIn) {
        return new CheckInDocument(checkIn.id(), checkIn.tenant(), checkIn.organization(), checkIn.volunteerId(),
                checkIn.date(), checkIn.outcome().value(), checkIn.note(), checkIn.recordedAt());
    }

    CheckIn toCheckIn() {
        return new CheckIn(id, tenant, organization, volunteerId, date,
                CheckInOutcome.fromValue(outcome).orElse(CheckInOutcome.OTHER), note, recordedAt);
    }
}
