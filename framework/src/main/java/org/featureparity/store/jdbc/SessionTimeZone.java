package org.featureparity.store.jdbc;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The statement that sets a read's transaction to a zone. pgjdbc otherwise sends the JVM's default zone as the
 * session's TimeZone, so a view casting {@code timestamptz} to {@code timestamp} or {@code date} would give other
 * values on a laptop in New York than in CI.
 */
final class SessionTimeZone {

    private SessionTimeZone() {
    }

    /** {@code SET LOCAL TIME ZONE ...}: LOCAL, so a pooled connection goes back with its own setting. */
    static String setLocal(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized.equals(ZoneOffset.UTC)) {
            return "SET LOCAL TIME ZONE 'UTC'";
        }
        if (normalized instanceof ZoneOffset offset) {
            // PostgreSQL reads '+01:00' as a POSIX zone, west-positive: an interval says what is meant
            return "SET LOCAL TIME ZONE INTERVAL '" + offset.getId() + "' HOUR TO MINUTE";
        }
        return "SET LOCAL TIME ZONE '" + normalized.getId().replace("'", "''") + "'";
    }
}
