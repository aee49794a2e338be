package org.featureparity.generate.events;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What event histories look like: the window, the store's time resolution, sizes, the zones tried, the value
 * range of the events table, and the weights of ordinary versus edge cases.
 *
 * @param resolution  the smallest step between two distinct stored times (1 µs in PostgreSQL); "beside a bound"
 *                    means one resolution away from it, and every generated time is a multiple of it
 * @param firstAsOf   the simplest as-of time; others are whole days after it
 * @param otherZones  the non-UTC zones tried; zones with daylight-saving transitions find the most
 * @param maxAbsValue the largest magnitude the events table's value column holds
 * @param valueScale  the value column's scale (digits after the point)
 */
public record HistorySettings(
        Duration window,
        Duration resolution,
        Instant firstAsOf,
        int maxEntities,
        int maxEvents,
        List<ZoneId> otherZones,
        BigDecimal maxAbsValue,
        int valueScale,
        HistoryWeights weights) {

    public HistorySettings {
        otherZones = List.copyOf(otherZones);
        if (window.isZero() || window.isNegative() || resolution.isZero() || resolution.isNegative()) {
            throw new IllegalArgumentException("window and resolution must be positive");
        }
        if (maxEntities < 1 || maxEvents < 1) {
            throw new IllegalArgumentException("a history needs room for at least one entity and one event");
        }
        if (otherZones.isEmpty() && weights.utcZone() == 0) {
            throw new IllegalArgumentException("no zone to generate: UTC has weight 0 and no other zone is given");
        }
    }

    /**
     * PostgreSQL's defaults: 1 µs resolution, up to 5 entities and 50 events, Europe/Berlin and America/New_York,
     * values of a {@code numeric(12,2)} column.
     */
    public static HistorySettings postgres(Duration window) {
        return new HistorySettings(window, Duration.ofNanos(1_000), Instant.parse("2026-11-01T00:00:00Z"), 5, 50,
                List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York")),
                new BigDecimal("9999999999.99"), 2, HistoryWeights.DEFAULT);
    }

    public HistorySettings withWeights(HistoryWeights newWeights) {
        return new HistorySettings(window, resolution, firstAsOf, maxEntities, maxEvents, otherZones, maxAbsValue,
                valueScale, newWeights);
    }

    public HistorySettings withSizes(int entities, int events) {
        return new HistorySettings(window, resolution, firstAsOf, entities, events, otherZones, maxAbsValue,
                valueScale, weights);
    }
}
