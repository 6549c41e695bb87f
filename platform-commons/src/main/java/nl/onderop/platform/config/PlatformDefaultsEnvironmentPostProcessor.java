package nl.onderop.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the platform's shared defaults ({@code onderop-platform-defaults.yml}) with the lowest precedence,
 * so every service gets the same error, logging, shutdown, Kafka and management settings and can still
 * override any of them in its own {@code application.yml} or through environment variables.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String RESOURCE = "onderop-platform-defaults.yml";
    static final String LAST_FLUSH_WHEN_NO_READ = "reactor.netty.http.server.lastFlushWhenNoRead";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        keepReadingKeptAliveConnections();
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE));
            sources.forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Reactor Netty 1.3.6 can stop reading a kept-alive HTTP/1.1 connection when the next request arrives before
     * the previous request's operations have terminated (reactor-netty issue 4361, fixed by pull request 4347): the
     * request then waits unanswered until the client gives up. Tests met it as 60 s stalls; the gateway's pooled
     * connections to the services are exposed the same way. Terminating the previous operations before the next
     * read ({@code reactor.netty.http.server.lastFlushWhenNoRead}) closes that route. Read once, when the server's
     * traffic handler is first loaded, which is after this runs; an explicit -D setting wins.
     */
    static void keepReadingKeptAliveConnections() {
        if (System.getProperty(LAST_FLUSH_WHEN_NO_READ) == null) {
            System.setProperty(LAST_FLUSH_WHEN_NO_READ, "true");
        }
    }
}
