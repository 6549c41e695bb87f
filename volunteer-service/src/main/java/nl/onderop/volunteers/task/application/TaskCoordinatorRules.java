package nl.onderop.volunteers.task.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.volunteers.task.domain.TaskDetails;

/** The checks on a posted or edited task that the request's annotations cannot express. */
@Component
public class TaskCoordinatorRules {

    public void check(TaskDetails details, Instant now) {
        List<InvalidParam> problems = new ArrayList<>();
        if (!details.endsAt().isAfter(details.startsAt())) {
            problems.add(new InvalidParam("endsAt", "range", "The end must be after the start."));
        }
        if (!details.startsAt().isAfter(now)) {
            problems.add(new InvalidParam("startsAt", "future", "A task starts in the future."));
        }
        if (details.capacity() < 1) {
            problems.add(new InvalidParam("capacity", "range", "At least 1 volunteer."));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }
}
