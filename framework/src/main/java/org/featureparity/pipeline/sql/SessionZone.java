package org.featureparity.pipeline.sql;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The session time zone a history is loaded and computed in, so a pipeline that reads a timestamp as local time
 * reads it in the history's zone, as it would in production.
 */
final class SessionZone {

    private SessionZone() {
    }

    static String of(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized.equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return normalized.getId();
    }

    /** {@code SET LOCAL TIME ZONE ...}; fixed offsets as intervals, since PostgreSQL reads '+01:00' POSIX-inverted. */
    static String setStatement(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized instanceof ZoneOffset offset && !offset.equals(ZoneOffset.UTC)) {
            return "SET LOCAL TIME ZONE INTERVAL '" + offset.getId() + "' HOUR TO MINUTE";
        }
        return "SET LOCAL TIME ZONE '" + of(zone).replace("'", "''") + "'";
    }
}
