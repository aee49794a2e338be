package org.featureparity.contract.yaml;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.PointInTimeKeys;
import org.featureparity.contract.PointInTimeSpec;
import org.featureparity.contract.Side;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code point_in_time: { samples: 500, ttl: P7D, keys: { table: training.keys, time: label_time } }}; the
 * builder validates the values, this reads their shape.
 */
final class PointInTimeSection {

    private static final List<String> KEYS = List.of("samples", "ttl", "keys");
    private static final List<String> PAIR_KEYS = List.of("table", "csv", "time", "store");

    private PointInTimeSection() {
    }

    static Optional<PointInTimeSpec> read(Node node, ReadProblems problems) {
        return YamlMapping.of(node, "point_in_time", KEYS, problems).map(section -> {
            PointInTimeSpec spec = PointInTimeSpec.DEFAULT;
            Optional<Long> samples = section.node("samples")
                    .flatMap(n -> Scalars.wholeNumber(n, "point_in_time.samples", problems));
            if (samples.isPresent()) {
                long count = samples.get();
                spec = spec.withSamples((int) Math.max(Math.min(count, Integer.MAX_VALUE), Integer.MIN_VALUE));
            }
            Optional<Duration> ttl = section.node("ttl").flatMap(n -> Scalars.duration(n, "point_in_time.ttl", problems));
            if (ttl.isPresent()) {
                spec = spec.withTtl(ttl.get());
            }
            Optional<PointInTimeKeys> keys = section.node("keys").flatMap(n -> keys(n, problems));
            return keys.isPresent() ? spec.withKeys(keys.get()) : spec;
        });
    }

    private static Optional<PointInTimeKeys> keys(Node node, ReadProblems problems) {
        return YamlMapping.of(node, "point_in_time.keys", PAIR_KEYS, problems).flatMap(keys -> {
            boolean table = keys.node("table").isPresent();
            boolean csv = keys.node("csv").isPresent();
            if (table == csv) {
                problems.invalid("point_in_time.keys", "expected exactly one of table or csv, got " + (table ? "both" : "neither"));
                return Optional.empty();
            }
            Optional<String> time = keys.string("time");
            if (csv) {
                if (keys.node("store").isPresent()) {
                    problems.invalid("point_in_time.keys.store", "store applies to a keys table, not to a CSV file");
                }
                return keys.string("csv").map(path -> new PointInTimeKeys.Csv(path, time));
            }
            Side store = Side.OLD;
            Optional<String> role = keys.string("store");
            if (role.isPresent()) {
                if (role.get().equals("new")) {
                    store = Side.NEW;
                } else if (!role.get().equals("old")) {
                    problems.invalid("point_in_time.keys.store", "expected old or new, got '" + role.get() + "'");
                    return Optional.empty();
                }
            }
            Side side = store;
            return keys.string("table").map(name -> new PointInTimeKeys.Table(name, side, time));
        });
    }
}
