package nl.onderop.directory.service.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether a service runs, with the HSDS 3.0 values as they appear on the wire. */
public enum ServiceStatus {
    ACTIVE("active"),
    INACTIVE("inactive"),
    DEFUNCT("defunct"),
    TEMPORARILY_CLOSED("temporarily closed");

    private final String value;

    ServiceStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<ServiceStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value.equals(value)).findFirst();
    }
}
