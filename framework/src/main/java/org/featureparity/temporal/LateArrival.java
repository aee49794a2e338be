package org.featureparity.temporal;

import org.featureparity.contract.Side;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;

/**
 * A late-arriving event (its time before t, its arrival after t) that one store's value as of t counts and the
 * other's does not: one store computes as of event time, the other as of arrival. Training rows built from the
 * first were not what the second serves; a migration between them changes what the model saw.
 *
 * @param counting the store whose value changed when the event was added
 * @param feature  a feature of that store that changed
 * @param before   its value without the event, rendered
 * @param after    its value with the event
 */
public record LateArrival(Side counting, String feature, Event event, EventHistory history, String before, String after) {

    @Override
    public String toString() {
        Side other = counting == Side.OLD ? Side.NEW : Side.OLD;
        return "event " + event.eventId() + " of entity " + event.entityId() + " at " + event.eventTime()
                + ", arriving " + event.ingestedAt() + " (after t = " + history.asOf() + "): the " + counting.role()
                + " store counts it (" + feature + " " + before + " -> " + after + "), the " + other.role()
                + " store does not";
    }
}
