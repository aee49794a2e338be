package org.featureparity.check;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.featureparity.contract.Side;
import org.featureparity.store.AsOfRange;
import org.featureparity.store.HistorySample;
import org.featureparity.store.StoreColumn;

/**
 * Draws (entity, t) pairs from the stores' own data: history rows chosen by a seeded hash (the same rows in both
 * stores for the same seed and data), and around each the times where point-in-time retrieval goes wrong.
 *
 * <p>For a sampled row with as-of a: t = a (an exact hit) and t = a - resolution (the previous row must win). With a
 * TTL: t = a + ttl (still valid) and t = a + ttl + resolution (expired, unless a later row took over). For each
 * sampled entity and each store: just before its first row (no value) and just after its last (the last value), and
 * with a TTL just after the last row expired.
 */
final class PointInTimeSampler {

    record Drawn(List<PointInTimePair> pairs, Map<String, String> statements) {
    }

    private final GroupRun run;
    private final PointInTimeColumns columns;
    private final Optional<Duration> ttl;
    private final ZoneId zone;

    PointInTimeSampler(GroupRun run, PointInTimeColumns columns, Optional<Duration> ttl) {
        this.run = run;
        this.columns = columns;
        this.ttl = ttl;
        this.zone = run.contract().timeZone();
    }

    Drawn draw(int samples, long seed) {
        int perRow = ttl.isPresent() ? 4 : 2;
        int rowsWanted = Math.max(1, (samples + perRow - 1) / perRow);
        Map<String, String> statements = new LinkedHashMap<>();
        List<Ranked> ranked = new ArrayList<>();
        for (Side side : Side.values()) {
            HistorySample sample = run.store(side).sampleHistory(run.contract().source(side), columns.entity(side),
                    columns.asOf(side), seed, rowsWanted);
            statements.put(side.role() + " store sample", sample.statement());
            sample.rows().forEach(r -> ranked.add(new Ranked(r.rank(), r.key(), TimeValues.instant(r.asOf(), zone))));
        }
        // the union of both samples, by rank: the rows with the smallest hashes over both stores' data
        ranked.sort(Comparator.comparingLong(Ranked::rank).thenComparing(r -> r.key().toString()).thenComparing(Ranked::asOf));
        List<Ranked> rows = new ArrayList<>();
        Set<List<Object>> seen = new LinkedHashSet<>();
        for (Ranked row : ranked) {
            if (rows.size() < rowsWanted && seen.add(List.of(row.key(), row.asOf()))) {
                rows.add(row);
            }
        }
        List<List<Object>> entities = rows.stream().map(Ranked::key).distinct().toList();
        Map<List<Object>, List<AsOfRange>> ranges = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            for (AsOfRange range : run.store(side).asOfRanges(run.contract().source(side), columns.entity(side),
                    columns.asOf(side), entities)) {
                ranges.computeIfAbsent(range.key(), k -> new ArrayList<>()).add(range);
            }
        }
        Duration resolution = columns.resolution();
        Set<PointInTimePair> pairs = new LinkedHashSet<>();
        Set<List<Object>> edged = new LinkedHashSet<>();
        for (Ranked row : rows) {
            if (edged.add(row.key())) {
                for (AsOfRange range : ranges.getOrDefault(row.key(), List.of())) {
                    pairs.add(new PointInTimePair(row.key(), TimeValues.instant(range.first(), zone).minus(resolution), "before-first"));
                    Instant last = TimeValues.instant(range.last(), zone);
                    pairs.add(new PointInTimePair(row.key(), last.plus(resolution), "after-last"));
                    ttl.ifPresent(t -> pairs.add(new PointInTimePair(row.key(), last.plus(t).plus(resolution), "after-last-ttl")));
                }
            }
            pairs.add(new PointInTimePair(row.key(), row.asOf(), "at-as-of"));
            pairs.add(new PointInTimePair(row.key(), row.asOf().minus(resolution), "before-as-of"));
            ttl.ifPresent(t -> {
                pairs.add(new PointInTimePair(row.key(), row.asOf().plus(t), "at-ttl-expiry"));
                pairs.add(new PointInTimePair(row.key(), row.asOf().plus(t).plus(resolution), "after-ttl-expiry"));
            });
        }
        // the same (entity, t) from two edges is asked once, under its first reason
        Map<List<Object>, PointInTimePair> distinct = new LinkedHashMap<>();
        pairs.forEach(p -> distinct.putIfAbsent(List.of(p.key(), p.at()), p));
        return new Drawn(distinct.values().stream().limit(samples).toList(), statements);
    }

    private record Ranked(long rank, List<Object> key, Instant asOf) {
    }
}
