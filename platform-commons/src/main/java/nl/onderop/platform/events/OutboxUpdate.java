package nl.onderop.platform.events;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one way to change a stored aggregate and record its events: set every field of the new state except
 * the id and the outbox, unset every field that the new state leaves empty (the converter writes no nulls,
 * and a value that was cleared must not survive — an erased e-mail address above all), and append the events
 * to the outbox. Replacing the document instead would drop events that the relay has not sent yet.
 */
public final class OutboxUpdate {

    private OutboxUpdate() {
    }

    public static Update of(MongoConverter converter, Object newState, List<OutboxMessage> events) {
        Document fields = new Document();
        converter.write(newState, fields);
        fields.remove("_id");
        fields.remove("_class");
        fields.remove(OutboxMessage.FIELD);
        Update update = new Update();
        fields.forEach(update::set);
        MongoPersistentEntity<?> entity = converter.getMappingContext().getRequiredPersistentEntity(newState.getClass());
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (!property.isIdProperty() && !OutboxMessage.FIELD.equals(field) && !fields.containsKey(field)) {
                update.unset(field);
            }
        }
        if (!events.isEmpty()) {
            update.push(OutboxMessage.FIELD).each(events.toArray());
        }
        return update;
    }
}
