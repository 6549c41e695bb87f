package nl.onderop.platform.web;

import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Copies one Reactor-context key into the logging MDC on whatever thread runs the next step, so that the
 * structured JSON logs carry request id and tenant without passing them around by hand.
 */
public final class MdcContextAccessor implements ThreadLocalAccessor<String> {

    private final String key;

    public MdcContextAccessor(String key) {
        this.key = key;
    }

    @Override
    public Object key() {
        return key;
    }

    @Override
    public String getValue() {
        return MDC.get(key);
    }

    @Override
    public void setValue(String value) {
        MDC.put(key, value);
    }

    @Override
    public void setValue() {
        MDC.remove(key);
    }
}
