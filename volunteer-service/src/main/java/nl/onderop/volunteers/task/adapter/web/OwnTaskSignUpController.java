package nl.onderop.volunteers.task.adapter.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.task.application.OwnSignUp;
import nl.onderop.volunteers.task.application.TaskSignUps;

/** {@code /me/task-sign-ups}: a volunteer signs itself up for a task, sees its sign-ups and cancels one. */
@RestController
@RequestMapping("/api/volunteers/v1/me/task-sign-ups")
class OwnTaskSignUpController {

    record OwnSignUpList(List<OwnSignUp> signUps) {
    }

    private final TaskSignUps signUps;

    OwnTaskSignUpController(TaskSignUps signUps) {
        this.signUps = signUps;
    }

    @GetMapping
    Mono<OwnSignUpList> list(@AuthenticationPrincipal PlatformPrincipal principal) {
        return signUps.own(TaskCallerOf.principal(principal)).collectList().map(OwnSignUpList::new);
    }

    /** Keyed by the task, so that signing up twice is the same sign-up. */
    @PutMapping("/{taskId}")
    Mono<OwnSignUp> signUp(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String taskId) {
        return signUps.signUp(TaskCallerOf.principal(principal), taskId);
    }

    @DeleteMapping("/{taskId}")
    Mono<ResponseEntity<Void>> cancel(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String taskId) {
        return signUps.cancel(TaskCallerOf.principal(principal), taskId).thenReturn(ResponseEntity.noContent().build());
    }
}
