package nl.onderop.platform.events;

/**
 * One pending event inside an aggregate's own document (field {@code outbox}). Saving the aggregate saves
 * its events in the same single-document write; {@link OutboxRelay} publishes and removes them afterwards.
 *
 * @param eventId      the CloudEvent id, used to remove exactly this entry once it is published
 * @param partitionKey tenant + aggregate id, so one aggregate's events stay in order
 * @param payload      the CloudEvent as structured-mode JSON
 */
public record OutboxMessage(String eventId, String partitionKey, String payload) {

    public static final String FIELD = "outbox";
}
