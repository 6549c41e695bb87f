package nl.onderop.matching.match.adapter.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.match.application.MatchingRun;

@Document(MatchingRunDocument.COLLECTION)
record MatchingRunDocument(@Id String id, String tenant, String organization, MatchingRun run) {

    static final String COLLECTION = "matching_runs";
}
