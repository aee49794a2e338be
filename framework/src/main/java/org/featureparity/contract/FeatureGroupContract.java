package org.featureparity.contract;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The migration contract of one feature group: what the old and the new store must agree on.
 *
 * <p>Build one with {@link #group(String)} or read it from a {@code *.parity.yaml} file; both validate the same way.
 */
public record FeatureGroupContract(
        String name,
        Optional<String> version,
        Optional<String> owner,
        List<String> tags,
        List<String> entity,
        Optional<String> asOf,
        SourceRef oldSource,
        SourceRef newSource,
        List<FeatureSpec> features,
        Optional<WindowSpec> window,
        GatePolicy gate,
        Lineage lineage,
        List<String> dependsOn,
        BlastRadius blastRadius,
        String origin,
        PointInTimeSpec pointInTime,
        Optional<Duration> maxStaleness,
        Optional<ZoneId> zone,
        ComparisonScope scope) {

    public FeatureGroupContract {
        tags = List.copyOf(tags);
        entity = List.copyOf(entity);
        features = List.copyOf(features);
        dependsOn = List.copyOf(dependsOn);
    }

    /**
     * A contract without point-in-time settings, staleness limit or zone of its own, comparing every entity to the
     * end (the shape before those existed).
     */
    public FeatureGroupContract(String name, Optional<String> version, Optional<String> owner, List<String> tags,
                                List<String> entity, Optional<String> asOf, SourceRef oldSource, SourceRef newSource,
                                List<FeatureSpec> features, Optional<WindowSpec> window, GatePolicy gate, Lineage lineage,
                                List<String> dependsOn, BlastRadius blastRadius, String origin) {
        this(name, version, owner, tags, entity, asOf, oldSource, newSource, features, window, gate, lineage, dependsOn,
                blastRadius, origin, PointInTimeSpec.DEFAULT, Optional.empty(), Optional.empty(), ComparisonScope.FULL);
    }

    /** Starts a contract for the named group. */
    public static ContractBuilder group(String name) {
        return new ContractBuilder(name);
    }

    public SourceRef source(Side side) {
        return side == Side.OLD ? oldSource : newSource;
    }

    /** The columns rows are identified and ordered by: the entity key, then the as-of column if declared. */
    public List<String> keyColumns() {
        return Stream.concat(entity.stream(), asOf.stream()).toList();
    }

    /** The same contract, declared in {@code declaredIn}. */
    public FeatureGroupContract withOrigin(String declaredIn) {
        return new FeatureGroupContract(name, version, owner, tags, entity, asOf, oldSource, newSource, features, window,
                gate, lineage, dependsOn, blastRadius, declaredIn, pointInTime, maxStaleness, zone, scope);
    }

    /** The same contract with another comparison scope, e.g. a run-level sample override. */
    public FeatureGroupContract withScope(ComparisonScope comparisonScope) {
        return new FeatureGroupContract(name, version, owner, tags, entity, asOf, oldSource, newSource, features, window,
                gate, lineage, dependsOn, blastRadius, origin, pointInTime, maxStaleness, zone, comparisonScope);
    }

    /**
     * The zone that gives {@code timestamp} (without time zone) and {@code date} values their instant: the
     * contract's {@code zone}, else the window's, else UTC. Never the JVM's default zone.
     */
    public ZoneId timeZone() {
        return zone.or(() -> window.map(WindowSpec::zone)).orElse(ZoneOffset.UTC);
    }

    public Optional<FeatureSpec> feature(String featureName) {
        return features.stream().filter(f -> f.name().equals(featureName)).findFirst();
    }
}
