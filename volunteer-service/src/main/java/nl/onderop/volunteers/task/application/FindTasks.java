package nl.onderop.volunteers.task.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.task.domain.SignUp;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskAccess;
import nl.onderop.volunteers.volunteer.application.VolunteerRepository;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * Reading tasks. Coordinators see who comes (the owner all sign-ups, another organisation only its own
 * volunteers); volunteers see the tasks open to them, without anybody's sign-up.
 */
@Component
public class FindTasks {

    /** A sign-up as a coordinator sees it: with the volunteer's first name, read now so an edit shows at once. */
    public record SeenSignUp(SignUp signUp, String firstName) {
    }

    /** {@code signUps} is null for a volunteer, who does not see who else comes. */
    public record SeenTask(Task task, List<SeenSignUp> signUps) {
    }

    public record Page(List<Task> tasks, long total) {
    }

    private final TaskRepository tasks;
    private final VolunteerRepository volunteers;
    private final Clock clock;

    public FindTasks(TaskRepository tasks, VolunteerRepository volunteers, Clock clock) {
        this.tasks = tasks;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    public Mono<Page> upcoming(VolunteerAccess caller, int page, int pageSize) {
        return Mono.defer(() -> upcomingNow(caller, page, pageSize));
    }

    private Mono<Page> upcomingNow(VolunteerAccess caller, int page, int pageSize) {
        Instant now = Instant.now(clock);
        int skip = (page - 1) * pageSize;
        if (caller.isCoordinator()) {
            String tenant = TaskCallers.coordinatorTenant(caller);
            List<String> own = List.of(caller.organization());
            return page(tasks.findUpcoming(tenant, own, false, true, now, skip, pageSize),
                    tasks.countUpcoming(tenant, own, false, true, now));
        }
        return TaskCallers.ownVolunteer(caller, volunteers).flatMap(own -> page(
                tasks.findUpcoming(own.tenant(), own.organizations(), true, own.isInPool(), now, skip, pageSize),
                tasks.countUpcoming(own.tenant(), own.organizations(), true, own.isInPool(), now)));
    }

    public Mono<SeenTask> byId(VolunteerAccess caller, String id) {
        if (caller.isCoordinator()) {
            return tasks.findById(id)
                    .flatMap(task -> switch (TaskAccess.coordinatorView(caller, task)) {
                        case OWNER -> seen(task, task.signUps());
                        case OTHER_ORGANIZATION -> seen(task, task.signUps().stream()
                                .filter(signUp -> signUp.isOf(caller.organization())).toList());
                        case NONE -> Mono.<SeenTask>empty();
                    })
                    .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Task " + id)));
        }
        return TaskCallers.ownVolunteer(caller, volunteers).flatMap(own -> tasks.findById(id)
                .filter(task -> TaskAccess.isOpenTo(own, task))
                .map(task -> new SeenTask(task, null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Task " + id))));
    }

    private Mono<SeenTask> seen(Task task, List<SignUp> visible) {
        return Flux.fromIterable(visible)
                .concatMap(signUp -> volunteers.findById(signUp.volunteerId())
                        .map(volunteer -> new SeenSignUp(signUp, volunteer.profile().firstName()))
                        .defaultIfEmpty(new SeenSignUp(signUp, null)))
                .collectList()
                .map(signUps -> new SeenTask(task, signUps));
    }

    private static Mono<Page> page(Flux<Task> found, Mono<Long> total) {
        return Mono.zip(found.collectList(), total).map(both -> new Page(both.getT1(), both.getT2()));
    }
}
