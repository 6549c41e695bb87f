package nl.onderop.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import reactor.core.publisher.Mono;

class SessionMaxLifetimeFilterTests {

    private static final Instant CREATED = Instant.parse("2026-12-08T08:00:00Z");
    private static final Duration MAX_LIFETIME = Duration.ofHours(12);
    private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

    private final InMemoryWebSessionStore store = new InMemoryWebSessionStore();

    @Test
    void aSessionYoungerThanTheMaximumLifetimeGoesOnUntouched() {
        WebSession session = startedSessionCreatedAt(CREATED);

        WebSession seen = filterAt(CREATED.plus(MAX_LIFETIME).minusSeconds(1), session);

        assertThat(seen.isExpired()).isFalse();
        assertThat(seen.<String>getAttribute(SECURITY_CONTEXT)).isEqualTo("signed in");
        assertThat(store.retrieveSession(session.getId()).block()).as("still stored").isNotNull();
    }

    @Test
    void aSessionAsOldAsTheMaximumLifetimeIsEndedBeforeTheChainSeesIt() {
        WebSession session = startedSessionCreatedAt(CREATED);
        // Used a minute ago: the idle timeout alone would keep it.
        session.getAttributes().put("lastUse", "a minute ago");

        WebSession seen = filterAt(CREATED.plus(MAX_LIFETIME), session);

        assertThat(seen.isExpired()).isTrue();
        assertThat(seen.getAttributes()).as("no security context left for this request").isEmpty();
        assertThat(store.retrieveSession(session.getId()).block()).as("removed from the store").isNull();
    }

    @Test
    void aSessionNotStartedYetIsLeftAlone() {
        store.setClock(Clock.fixed(CREATED, ZoneOffset.UTC));
        WebSession fresh = store.createWebSession().block();

        WebSession seen = filterAt(CREATED.plus(Duration.ofDays(2)), fresh);

        assertThat(seen.isExpired()).isFalse();
    }

    private WebSession startedSessionCreatedAt(Instant created) {
        store.setClock(Clock.fixed(created, ZoneOffset.UTC));
        WebSession session = store.createWebSession().block();
        session.getAttributes().put(SECURITY_CONTEXT, "signed in");
        // Not idle: the idle timeout is not under test.
        session.setMaxIdleTime(MAX_LIFETIME.multipliedBy(2));
        session.save().block();
        return session;
    }

    /** Runs the filter at {@code now} and returns the session as the rest of the chain found it. */
    private static WebSession filterAt(Instant now, WebSession session) {
        MockServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/api/volunteers/v1/me"))
                .session(session).build();
        AtomicReference<WebSession> seen = new AtomicReference<>();
        WebFilterChain chain = next -> next.getSession().doOnNext(seen::set).then(Mono.empty());
        new SessionMaxLifetimeFilter(MAX_LIFETIME, Clock.fixed(now, ZoneOffset.UTC)).filter(exchange, chain).block();
        assertThat(seen.get()).as("the chain went on").isNotNull();
        return seen.get();
    }
}
