package org.featureparity.temporal;

import java.util.List;
import org.featureparity.contract.Side;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;

/**
 * A value as of t that changed when an event after t was added: the feature looked into the future.
 *
 * @param history the history before the event was added
 * @param before  the value computed on {@code history}, rendered ({@code NULL}, or {@code no row})
 * @param after   the value with {@code event} added
 */
public record Leak(Side side, String pipeline, String feature, List<Object> entity, Event event, EventHistory history,
                   String before, String after) {

    public Leak {
        entity = List.copyOf(entity);
    }

    @Override
    public String toString() {
        return side.role() + " store (" + pipeline + "): " + feature + " of entity " + entity + " as of "
                + history.asOf() + " in " + WindowBoundsCheck.zoneName(history.zone()) + " changed from " + before
                + " to " + after + " when event " + event.eventId() + " at " + event.eventTime() + " ("
                + java.time.Duration.between(history.asOf(), event.eventTime()) + " after t, entity "
                + event.entityId() + ") was added";
    }
}
