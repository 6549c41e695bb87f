package nl.onderop.volunteers.task.adapter.messaging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.onderop.platform.events.CloudEvent;
import nl.onderop.volunteers.task.domain.HelpRequestSplit;

/**
 * Reads the data of the matching service's help request events as a tolerant reader: fields it does not know
 * are ignored, a field of the wrong shape or a tenant other than the envelope's makes the event unreadable
 * (it then goes to the dead-letter topic after the binder's retries).
 */
final class HelpRequestEventData {

    private HelpRequestEventData() {
    }

    static HelpRequestSplit split(CloudEvent event) {
        Map<String, Object> data = event.data();
        List<HelpRequestSplit.Piece> pieces = new ArrayList<>();
        for (Object entry : list(data, "tasks")) {
            if (!(entry instanceof Map<?, ?> task)) {
                throw new UnreadableEventException("tasks holds something other than objects");
            }
            pieces.add(piece(task));
        }
        try {
            return new HelpRequestSplit(requestId(event), tenant(event), text(data, "organization"), text(data, "kind"),
                    pieces);
        } catch (IllegalArgumentException invalid) {
            throw new UnreadableEventException(invalid.getMessage());
        }
    }

    /** The request id of a closed request, checked against the envelope like a split. */
    static String closedRequest(CloudEvent event) {
        tenant(event);
        return requestId(event);
    }

    private static HelpRequestSplit.Piece piece(Map<?, ?> task) {
        Integer duration = number(task, "durationMinutes");
        try {
            String date = text(task, "date");
            String startTime = text(task, "startTime");
            return new HelpRequestSplit.Piece(text(task, "key"), text(task, "title"), text(task, "description"),
                    date == null ? null : LocalDate.parse(date), startTime == null ? null : LocalTime.parse(startTime),
                    duration, text(task, "district"),
                    list(task, "languages").stream().map(code -> code instanceof String text ? text : null).toList());
        } catch (DateTimeParseException | IllegalArgumentException invalid) {
            throw new UnreadableEventException("A task is invalid: " + invalid.getMessage());
        }
    }

    private static String requestId(CloudEvent event) {
        String requestId = text(event.data(), "requestId");
        if (requestId == null || requestId.isBlank()) {
            throw new UnreadableEventException("requestId is required");
        }
        return requestId;
    }

    private static String tenant(CloudEvent event) {
        String tenant = text(event.data(), "tenant");
        if (tenant != null && !tenant.equals(event.tenant())) {
            throw new UnreadableEventException("The data names another tenant than the envelope");
        }
        return event.tenant();
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new UnreadableEventException(key + " is not a string");
    }

    private static Integer number(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long whole = ((Number) value).longValue();
            if (whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE) {
                return (int) whole;
            }
        }
        throw new UnreadableEventException(key + " is not a whole number");
    }

    private static List<?> list(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> values) {
            return values;
        }
        throw new UnreadableEventException(key + " is not a list");
    }

    /** The event cannot be turned into tasks; its message names the field, never the data. */
    static final class UnreadableEventException extends RuntimeException {
        UnreadableEventException(String message) {
            super(message);
        }
    }
}
