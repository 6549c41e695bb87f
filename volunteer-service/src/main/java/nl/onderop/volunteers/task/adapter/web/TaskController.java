package nl.onderop.volunteers.task.adapter.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.task.application.FindTasks;
import nl.onderop.volunteers.task.application.ManageTasks;
import nl.onderop.volunteers.task.domain.TaskStatus;

/** Small tasks: coordinators post, edit and cancel them and see who comes; volunteers find the ones open to them. */
@RestController
@RequestMapping("/api/volunteers/v1/tasks")
class TaskController {

    static final int MAX_PAGE_SIZE = 100;

    record TaskListResponse(List<TaskResponse> tasks, PageInfo page) {
    }

    record PageInfo(int number, int size, long totalElements, long totalPages) {
    }

    record TaskStatusRequest(@NotBlank String status) {
    }

    private final ManageTasks manage;
    private final FindTasks find;

    TaskController(ManageTasks manage, FindTasks find) {
        this.manage = manage;
        this.find = find;
    }

    @PostMapping
    Mono<ResponseEntity<TaskResponse>> post(@AuthenticationPrincipal PlatformPrincipal principal,
                                            @Valid @RequestBody TaskRequest request) {
        return manage.post(TaskCallerOf.principal(principal), request.details())
                .map(saved -> ResponseEntity.created(URI.create("/api/volunteers/v1/tasks/" + saved.id()))
                        .body(TaskResponse.of(saved)));
    }

    @GetMapping
    Mono<TaskListResponse> upcoming(@AuthenticationPrincipal PlatformPrincipal principal,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = "20") int pageSize) {
        List<InvalidParam> problems = new ArrayList<>();
        if (page < 1 || page > 1000) {
            problems.add(new InvalidParam("page", "range", "Between 1 and 1000."));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new InvalidParam("pageSize", "range", "Between 1 and " + MAX_PAGE_SIZE + "."));
        }
        if (!problems.isEmpty()) {
            return Mono.error(ApiProblem.invalid(problems));
        }
        return find.upcoming(TaskCallerOf.principal(principal), page, pageSize).map(found -> new TaskListResponse(
                found.tasks().stream().map(TaskResponse::of).toList(),
                new PageInfo(page, pageSize, found.total(), (found.total() + pageSize - 1) / pageSize)));
    }

    @GetMapping("/{id}")
    Mono<TaskResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return find.byId(TaskCallerOf.principal(principal), id).map(TaskResponse::of);
    }

    @PutMapping("/{id}")
    Mono<TaskResponse> edit(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                            @Valid @RequestBody TaskRequest request) {
        return manage.edit(TaskCallerOf.principal(principal), id, request.version(), request.details())
                .map(TaskResponse::of);
    }

    @PutMapping("/{id}/status")
    Mono<TaskResponse> changeStatus(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                    @Valid @RequestBody TaskStatusRequest request) {
        TaskStatus target = TaskStatus.fromValue(request.status())
                .orElseThrow(() -> ApiProblem.invalid("status", "enum", "One of open, cancelled."));
        return manage.changeStatus(TaskCallerOf.principal(principal), id, target).map(TaskResponse::of);
    }
}
