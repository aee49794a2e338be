package org.featureparity.temporal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.featureparity.generate.events.Event;
import org.featureparity.generate.events.EventHistory;

/**
 * A deterministic history shaped like the sample migration's events, small enough for unit tests: 300 users, ten
 * events each over the 48 hours before t (users 291..300 have none), some NULL values, every seventh user with an
 * event exactly at t - 24h, every eleventh exactly at t, every fifth with one event delivered twice.
 */
final class SampleHistory {

    static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    static final int USERS = 300;
    private static final int ACTIVE_USERS = 290;
    private static final int EVENTS_PER_USER = 10;
    private static final long TWO_DAYS_SECONDS = 48 * 3600;

    private SampleHistory() {
    }

    static EventHistory inZone(ZoneId zone) {
        List<Long> users = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (long user = 1; user <= USERS; user++) {
            users.add(user);
            if (user > ACTIVE_USERS) {
                continue;
            }
            for (int i = 0; i < EVENTS_PER_USER; i++) {
                long seconds = 1 + (user * 7919 + i * 104729L) % TWO_DAYS_SECONDS;
                Instant time = AS_OF.minusSeconds(seconds).minusNanos(((user * 31 + i) % 1000) * 1000);
                events.add(event(user * 100 + i, user, time, value(user, i)));
            }
            if (user % 7 == 0) {
                events.add(event(user * 100 + 50, user, AS_OF.minus(Duration.ofHours(24)), value(user, 50)));
            }
            if (user % 11 == 0) {
                events.add(event(user * 100 + 60, user, AS_OF, value(user, 60)));
            }
            if (user % 5 == 0) {
                long duplicated = user * 100 + 3;
                Event first = events.stream().filter(e -> e.eventId() == duplicated).findFirst().orElseThrow();
                events.add(new Event(first.eventId(), user, first.eventTime(), first.ingestedAt().plusSeconds(60),
                        first.value()));
            }
        }
        return new EventHistory(AS_OF, Duration.ofHours(24), zone, users, events, Map.of());
    }

    private static Event event(long id, long user, Instant time, Optional<BigDecimal> value) {
        return new Event(id, user, time, time.plusSeconds(5), value);
    }

    private static Optional<BigDecimal> value(long user, int i) {
        if ((user + i) % 13 == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf((user * 31 + i * 17L) % 10_000, 2));
    }
}
