package nl.onderop.directory.hsds.adapter.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.security.PlatformPrincipal;

/** The HSDS API's root: which HSDS version and profile it follows and where its OpenAPI document is. */
@RestController
@RequestMapping(HsdsApi.BASE)
class HsdsAboutController {

    private final HsdsProperties properties;

    HsdsAboutController(HsdsProperties properties) {
        this.properties = properties;
    }

    // HSDS names the root "/"; clients write it with and without the slash
    @GetMapping({"", "/"})
    Mono<ResponseEntity<HsdsObjects.ApiInfo>> about(@AuthenticationPrincipal PlatformPrincipal principal,
                                                    ServerWebExchange exchange) {
        String openapiUrl = publicBaseUrl(exchange) + HsdsApi.BASE + "/openapi.json";
        HsdsObjects.ApiInfo info = new HsdsObjects.ApiInfo(HsdsApi.HSDS_VERSION, properties.profileUrl(), openapiUrl);
        String language = PublicReads.language(exchange);
        return Mono.just(PublicReads.respond(exchange, principal == null, language,
                "hsds-root|" + openapiUrl + "|" + properties.profileUrl(), info));
    }

    private String publicBaseUrl(ServerWebExchange exchange) {
        if (properties.publicBaseUrl() != null) {
            return properties.publicBaseUrl();
        }
        URI request = exchange.getRequest().getURI();
        return request.getScheme() + "://" + request.getRawAuthority();
    }
}
