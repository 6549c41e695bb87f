package nl.onderop.platform.events;

/** A message that is not a valid Onderop CloudEvent; retrying it will not help. */
public class InvalidCloudEventException extends RuntimeException {

    public InvalidCloudEventException(String message) {
        super(message);
    }

    public InvalidCloudEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
