package nl.onderop.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

import nl.onderop.platform.web.ApiVersionWebFilter;
import nl.onderop.platform.web.RequestId;

/**
 * Sorts a service's response headers before they are added to the gateway's response (which already holds
 * the gateway's own): CORS and the request id belong to the gateway, so the service's copies are dropped
 * instead of reaching the browser twice. The {@code API-Version} belongs to the service, which knows its own
 * version: it passes through, and {@link ApiVersionWebFilter} only fills it in where a service did not.
 */
final class ServiceResponseHeaders implements HttpHeadersFilter {

    @Override
    public HttpHeaders filter(HttpHeaders fromService, ServerWebExchange exchange) {
        HttpHeaders kept = new HttpHeaders();
        for (Map.Entry<String, List<String>> header : fromService.headerSet()) {
            if (!ownedByGateway(header.getKey())) {
                kept.addAll(header.getKey(), header.getValue());
            }
        }
        return kept;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.RESPONSE;
    }

    private static boolean ownedByGateway(String name) {
        return name.equalsIgnoreCase(RequestId.HEADER) || name.toLowerCase(Locale.ROOT).startsWith("access-control-");
    }
}
