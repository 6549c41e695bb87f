package nl.onderop.matching.outcome.adapter.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.adapter.web.MatchingAccessOf;
import nl.onderop.matching.outcome.application.RecordEvaluations;
import nl.onderop.matching.outcome.domain.Evaluation;
import nl.onderop.matching.outcome.domain.EvaluationKind;
import nl.onderop.matching.outcome.domain.MatchGoals;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.TScore;
import nl.onderop.matching.outcome.domain.TScoreSummary;
import nl.onderop.platform.security.PlatformPrincipal;

/** Intake, interim and end evaluations of a match, each with its T-score, and the match's T-scores per rater. */
@RestController
class EvaluationController {

    private static final String BASE = "/api/matching/v1";

    record EvaluationRequest(@NotBlank @Pattern(regexp = "intake|interim|end", message = "One of intake, interim, end.") String kind,
                             @NotBlank @Pattern(regexp = "newcomer|volunteer|coordinator",
                                     message = "One of newcomer, volunteer, coordinator.") String rater,
                             @NotNull @Size(min = 1, max = MatchGoals.MAX_GOALS) List<@Valid @NotNull ScoreRequest> scores,
                             @Size(max = Evaluation.MAX_NOTE) String note) {
    }

    record ScoreRequest(@NotNull @Min(1) @Max(MatchGoals.MAX_GOALS) Integer goal,
                        @NotNull @Min(-2) @Max(2) Integer level) {
    }

    record ScoreResponse(int goal, String domain, int weight, int level) {
    }

    record EvaluationResponse(String id, String matchId, String kind, String rater, String recordedBy,
                              List<ScoreResponse> scores, String note, double tScore, Instant recordedAt) {

        static EvaluationResponse of(Evaluation evaluation) {
            return new EvaluationResponse(evaluation.id(), evaluation.matchId(), evaluation.kind().value(),
                    evaluation.rater().value(), evaluation.recordedBy(),
                    evaluation.scores().stream().map(score -> new ScoreResponse(score.goal(), score.domain().value(),
                            score.weight(), score.level())).toList(),
                    evaluation.note(), TScore.rounded(evaluation.tScore()), evaluation.recordedAt());
        }
    }

    record RaterTScoreResponse(String rater, String latestKind, double tScore, Double intakeTScore,
                               Double changeSinceIntake) {

        static RaterTScoreResponse of(TScoreSummary.RaterTScore score) {
            return new RaterTScoreResponse(score.rater().value(), score.latestKind().value(), score.tScore(),
                    score.intakeTScore(), score.changeSinceIntake());
        }
    }

    record EvaluationListResponse(List<EvaluationResponse> evaluations, List<RaterTScoreResponse> tScores) {
    }

    private final RecordEvaluations record;

    EvaluationController(RecordEvaluations record) {
        this.record = record;
    }

    @PostMapping(BASE + "/matches/{id}/evaluations")
    Mono<ResponseEntity<EvaluationResponse>> record(@AuthenticationPrincipal PlatformPrincipal principal,
                                                    @PathVariable String id,
                                                    @Valid @RequestBody EvaluationRequest request) {
        return record.record(MatchingAccessOf.principal(principal), id,
                        EvaluationKind.fromValue(request.kind()).orElseThrow(),
                        Rater.fromValue(request.rater()).orElseThrow(),
                        request.scores().stream().map(score -> new RecordEvaluations.GoalLevel(score.goal(), score.level())).toList(),
                        request.note())
                .map(saved -> ResponseEntity.status(HttpStatus.CREATED).body(EvaluationResponse.of(saved)));
    }

    @GetMapping(BASE + "/matches/{id}/evaluations")
    Mono<EvaluationListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return record.list(MatchingAccessOf.principal(principal), id)
                .map(overview -> new EvaluationListResponse(
                        overview.evaluations().stream().map(EvaluationResponse::of).toList(),
                        overview.tScores().stream().map(RaterTScoreResponse::of).toList()));
    }
}
