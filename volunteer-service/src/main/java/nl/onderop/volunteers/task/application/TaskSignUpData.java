package nl.onderop.volunteers.task.application;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.volunteer.application.PersonalDataHolder;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

/** A volunteer's task sign-ups are part of its export, and an erasure takes them off every task. */
@Component
class TaskSignUpData implements PersonalDataHolder {

    private final TaskRepository tasks;
    private final TaskSignUps signUps;

    TaskSignUpData(TaskRepository tasks, TaskSignUps signUps) {
        this.tasks = tasks;
        this.signUps = signUps;
    }

    @Override
    public String section() {
        return "taskSignUps";
    }

    @Override
    public Mono<Object> export(Volunteer volunteer) {
        return signUps.signUpsOf(volunteer).collectList().map(list -> list);
    }

    @Override
    public Mono<Void> erase(Volunteer volunteer) {
        return tasks.findSignedUpBy(volunteer.tenant(), volunteer.id())
                .concatMap(found -> OptimisticRetry.run(() -> tasks.findById(found.id())
                        .flatMap(task -> task.signUpOf(volunteer.id()).isEmpty() ? Mono.just(task)
                                : signUps.remove(task, volunteer.id()))))
                .then();
    }
}
