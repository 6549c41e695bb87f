package nl.onderop.volunteers.training.application;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingAccess;

/**
 * Finds a training the way the role table asks: roles without business here get 403 before anything is
 * read; a training the caller may not see is 404, whether it exists in another tenant or not at all.
 */
@Component
public class TrainingLookup {

    private final TrainingRepository trainings;

    public TrainingLookup(TrainingRepository trainings) {
        this.trainings = trainings;
    }

    public Mono<Void> requireUser(TrainingAccess access) {
        return access.mayUseTrainings() ? Mono.empty()
                : Mono.error(ApiProblem.forbidden("Trainings are for organisation coordinators and volunteers."));
    }

    public Mono<Training> visible(TrainingAccess access, String id) {
        return requireUser(access).then(trainings.findById(id))
                .filter(access::sees)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Training " + id)));
    }

    public Mono<Training> owned(TrainingAccess access, String id) {
        return visible(access, id).flatMap(training -> access.owns(training) ? Mono.just(training)
                : Mono.error(ApiProblem.forbidden("Only the coordinator of the organisation that gives the training may do this.")));
    }
}
