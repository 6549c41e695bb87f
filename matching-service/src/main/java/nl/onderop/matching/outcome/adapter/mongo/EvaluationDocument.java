package nl.onderop.matching.outcome.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.outcome.domain.Evaluation;
import nl.onderop.matching.outcome.domain.EvaluationKind;
import nl.onderop.matching.outcome.domain.OutcomeDomain;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.Score;
import nl.onderop.platform.events.OutboxMessage;

@Document(EvaluationDocument.COLLECTION)
record EvaluationDocument(@Id String id, String tenant, String organization, String matchId, String newcomerId,
                          String kind, String rater, String recordedBy, String raterVolunteerId,
                          List<ScoreEntry> scores, String note, double tScore, Instant recordedAt,
                          List<OutboxMessage> outbox) {

    static final String COLLECTION = "outcome_evaluations";

    record ScoreEntry(int goal, String domain, int weight, int level) {
    }

    static EvaluationDocument from(Evaluation evaluation, List<OutboxMessage> events) {
        return new EvaluationDocument(evaluation.id(), evaluation.tenant(), evaluation.organization(),
                evaluation.matchId(), evaluation.newcomerId(), evaluation.kind().value(), evaluation.rater().value(),
                evaluation.recordedBy(), evaluation.raterVolunteerId(),
                evaluation.scores().stream().map(score -> new ScoreEntry(score.goal(), score.domain().value(),
                        score.weight(), score.level())).toList(),
                evaluation.note(), evaluation.tScore(), evaluation.recordedAt(), List.copyOf(events));
    }

    Evaluation toEvaluation() {
        return new Evaluation(id, matchId, tenant, organization, newcomerId,
                EvaluationKind.fromValue(kind).orElseThrow(() -> new IllegalStateException("Stored kind unknown: " + kind)),
                Rater.fromValue(rater).orElseThrow(() -> new IllegalStateException("Stored rater unknown: " + rater)),
                recordedBy, raterVolunteerId,
                scores.stream().map(score -> new Score(score.goal(), OutcomeDomain.fromValue(score.domain())
                        .orElseThrow(() -> new IllegalStateException("Stored domain unknown: " + score.domain())),
                        score.weight(), score.level())).toList(),
                note, tScore, recordedAt);
    }
}
