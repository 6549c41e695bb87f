package nl.onderop.gateway.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The page a browser lands on after signing in (and after signing out, via the login): who you are and a
 * sign-out button. The web front end will take its place; until then it proves the session works.
 */
@Configuration(proxyBeanMethods = false)
class HomePage {

    @Bean
    RouterFunction<ServerResponse> homePageRoute() {
        return RouterFunctions.route(RequestPredicates.GET("/"), HomePage::render);
    }

    private static Mono<ServerResponse> render(ServerRequest request) {
        Mono<CsrfToken> csrf = request.exchange().getAttribute(CsrfToken.class.getName());
        return request.principal().map(Principal::getName)
                .zipWith(csrf == null ? Mono.error(new IllegalStateException("No CSRF token on the exchange")) : csrf)
                .flatMap(userAndToken -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .bodyValue(page(userAndToken.getT1(), userAndToken.getT2())));
    }

    private static String page(String user, CsrfToken csrf) {
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><title>Onderop</title></head>
                <body>
                <h1>Onderop</h1>
                <p>Ingelogd als <strong>%s</strong>.</p>
                <form method="post" action="/logout">
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Uitloggen</button>
                </form>
                </body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(user), HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
