package nl.onderop.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import nl.onderop.platform.audit.AuditLog;

/**
 * Collects the lines written to the {@code AUDIT} logger while a test runs, so that a test can assert that
 * an action left exactly the entry it should. Start one per test ({@link #start()}), {@link #close()} after.
 */
public final class AuditCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Appender appender = new Appender();
    private final Logger logger = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);

    private AuditCapture() {
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
    }

    public static AuditCapture start() {
        return new AuditCapture();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines of one action, e.g. {@code volunteer.vog.set}. */
    public List<String> of(String action) {
        return lines.stream().filter(line -> line.contains(" action=" + action + " ")).toList();
    }

    /** Waits (up to ten seconds) for a line of this action that also contains every given fragment. */
    public String await(String action, String... fragments) {
        Predicate<String> wanted = line -> {
            for (String fragment : fragments) {
                if (!line.contains(fragment)) {
                    return false;
                }
            }
            return true;
        };
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var found = of(action).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No audit line for " + action + " with " + List.of(fragments) + "; got " + lines);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }

    private final class Appender extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            lines.add(event.getFormattedMessage());
        }
    }
}
