package nl.onderop.directory.service.adapter.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.adapter.web.DirectoryAccessOf;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.service.application.FindServices;
import nl.onderop.directory.web.CallerTenant;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * Published services whose verification is overdue: all of the tenant for its municipality coordinator, its
 * own for an organisation. The tenant defaults to the caller's only tenant.
 */
@RestController
@RequestMapping("/api/directory/v1/stale-services")
class StaleServiceController {

    record StaleServiceResponse(String id, String organizationId, String name, String status,
                                LocalDate lastConfirmedOn, LocalDate dueOn, int periodsOverdue) {
    }

    record StaleServiceListResponse(String tenant, List<StaleServiceResponse> services) {
    }

    private final FindServices findServices;

    StaleServiceController(FindServices findServices) {
        this.findServices = findServices;
    }

    @GetMapping
    Mono<StaleServiceListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                        @RequestParam Optional<String> tenant, ServerWebExchange exchange) {
        DirectoryAccess access = DirectoryAccessOf.principal(principal);
        String chosen = CallerTenant.choose(tenant, access.tenants());
        String language = PublicReads.language(exchange);
        return findServices.stale(access, chosen)
                .map(stale -> new StaleServiceListResponse(chosen, stale.stream()
                        .map(item -> new StaleServiceResponse(item.entry().id(), item.entry().organizationId(),
                                item.entry().content().name().in(language), item.entry().content().status().value(),
                                item.entry().lastConfirmedOn(), item.dueOn(), item.periodsOverdue()))
                        .toList()));
    }
}
