package nl.onderop.matching.candidate.adapter.mongo;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.candidate.domain.Candidate;

@Document(CandidateDocument.COLLECTION)
record CandidateDocument(@Id String id, String tenant, String account, String status, boolean inPool,
                         List<String> organizations, long version, Candidate candidate) {

    static final String COLLECTION = "candidates";

    static CandidateDocument from(Candidate candidate) {
        return new CandidateDocument(candidate.volunteerId(), candidate.tenant(), candidate.account(), candidate.status(),
                candidate.inPool(), candidate.organizations(), candidate.version(), candidate);
    }
}
