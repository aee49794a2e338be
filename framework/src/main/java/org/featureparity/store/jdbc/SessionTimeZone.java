package org.featureparity.store.jdbc;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The statement that sets a transaction to a zone. pgjdbc otherwise sends the JVM's default zone as the session's
 * TimeZone, so a view casting {@code timestamptz} to {@code timestamp} or {@code date} would give other values on a
 * laptop in New York than in CI, and a pipeline reading a timestamp as local time would read it in the wrong zone.
 */
public final class SessionTimeZone {

    private SessionTimeZone() {
    }

    /** The zone as PostgreSQL names it: {@code UTC} however it is spelled, else its id. */
    public static String name(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        return normalized.equals(ZoneOffset.UTC) ? "UTC" : normalized.getId();
    }

    /** {@code SET LOCAL TIME ZONE ...}: LOCAL, so a pooled connection goes back with its own setting. */
    public static String setLocal(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset offset && !offset.equals(ZoneOffset.UTC)) {
            // PostgreSQL reads '+01:00' as a POSIX zone, west-positive: an interval says what is meant
            return "SET LOCAL TIME ZONE INTERVAL '" + offset.getId() + "' HOUR TO MINUTE";
        }
        return "SET LOCAL TIME ZONE '" + name(zone).replace("'", "''") + "'";
    }
}
