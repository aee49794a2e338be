package org.featureparity.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fluent builder for {@link FeatureGroupContract}. It collects every problem instead of stopping at the first, and
 * names each by its field path ({@code features[1].tolerance}) so file readers can point at the line.
 */
public final class ContractBuilder {

    private static final Pattern GROUP_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern TAG_FORBIDDEN = Pattern.compile("[\\s,()&|!]|\\p{Cntrl}");

    private final String name;
    private final List<ContractProblem> problems = new ArrayList<>();
    private String origin;
    private Optional<String> version = Optional.empty();
    private Optional<String> owner = Optional.empty();
    private final List<String> tags = new ArrayList<>();
    private final List<String> entity = new ArrayList<>();
    private Optional<String> asOf = Optional.empty();
    private SourceRef oldSource;
    private SourceRef newSource;
    private final List<FeatureSpec> features = new ArrayList<>();
    private Optional<WindowSpec> window = Optional.empty();
    private GatePolicy gate = GatePolicy.DEFAULT;
    private Lineage lineage = Lineage.UNKNOWN;
    private final List<String> dependsOn = new ArrayList<>();
    private final List<String> consumers = new ArrayList<>();
    private Optional<BlastRadius.Tier> tier = Optional.empty();
    private PointInTimeSpec pointInTime = PointInTimeSpec.DEFAULT;
    private boolean pointInTimeDeclared;
    private Optional<Duration> maxStaleness = Optional.empty();
    private Optional<ZoneId> zone = Optional.empty();
    private ComparisonScope scope = ComparisonScope.FULL;

    ContractBuilder(String name) {
        this.name = name == null ? "" : name;
        this.origin = "contract " + this.name;
        if (!GROUP_NAME.matcher(this.name).matches()) {
            problem("group", "expected a name matching [a-z][a-z0-9_]*, got '" + this.name + "'");
        }
    }

    /** Names where the contract was declared (a file or class), used in every problem reported. */
    public ContractBuilder origin(String declaredIn) {
        this.origin = declaredIn;
        return this;
    }

    public ContractBuilder version(String contractVersion) {
        this.version = Optional.of(contractVersion);
        return this;
    }

    public ContractBuilder owner(String team) {
        this.owner = Optional.of(team);
        return this;
    }

    /** Adds tags to every test node of the group, e.g. {@code tier:critical}. */
    public ContractBuilder tags(String... contractTags) {
        for (String tag : contractTags) {
            if (tag == null || tag.isBlank() || TAG_FORBIDDEN.matcher(tag).find()) {
                problem("tags", "'" + tag + "' is not a valid JUnit tag (no blanks, commas, parentheses, &, |, !)");
            } else {
                tags.add(tag);
            }
        }
        return this;
    }

    /** The entity key columns, the same in both stores. */
    public ContractBuilder entity(String... keyColumns) {
        if (keyColumns.length == 0) {
            problem("entity", "expected at least one key column");
        }
        for (String column : keyColumns) {
            if (requireIdentifier(column, "entity")) {
                if (entity.contains(column)) {
                    problem("entity", "key column '" + column + "' is listed twice");
                } else {
                    entity.add(column);
                }
            }
        }
        return this;
    }

    /** The feature-timestamp column: rows are identified by entity and as-of. */
    public ContractBuilder asOf(String column) {
        if (requireIdentifier(column, "as_of")) {
            asOf = Optional.of(column);
        }
        return this;
    }

    public ContractBuilder source(SourceRef inOldStore, SourceRef inNewStore) {
        this.oldSource = inOldStore;
        this.newSource = inNewStore;
        return this;
    }

    public ContractBuilder feature(String featureName, FeatureType type, FeatureOption... options) {
        String field = "features[" + features.size() + "]";
        boolean valid = requireIdentifier(featureName, field + ".name");
        // invalid earlier declarations are kept as null placeholders, hence the null check
        if (valid && features.stream().anyMatch(f -> f != null && f.name().equals(featureName))) {
            problem(field + ".name", "feature '" + featureName + "' is declared twice");
            valid = false;
        }
        if (type == null) {
            problem(field + ".type", "expected one of " + FeatureType.spellings());
            valid = false;
        }
        boolean nullable = true;
        Tolerance tolerance = new Tolerance.Exact();
        boolean nullEqualsZero = false;
        boolean nanEqualsNan = true;
        Optional<String> oldName = Optional.empty();
        Optional<String> newName = Optional.empty();
        OptionalDouble threshold = OptionalDouble.empty();
        for (FeatureOption option : options) {
            if (option instanceof FeatureOptions.Nullability n) {
                nullable = n.nullable();
            } else if (option instanceof Tolerance t) {
                tolerance = t;
            } else if (option instanceof FeatureOptions.NullEqualsZero) {
                nullEqualsZero = true;
            } else if (option instanceof FeatureOptions.NanDiffersFromNan) {
                nanEqualsNan = false;
            } else if (option instanceof FeatureOptions.Rename rename) {
                valid &= requireIdentifier(rename.column(), field + "." + rename.side().role() + "_name");
                if (rename.side() == Side.OLD) {
                    oldName = Optional.of(rename.column());
                } else {
                    newName = Optional.of(rename.column());
                }
            } else if (option instanceof FeatureOptions.AgreementOverride override) {
                if (!(override.threshold() >= 0 && override.threshold() <= 1)) {
                    problem(field + ".agreement", "expected a share within [0, 1], got " + override.threshold());
                    valid = false;
                } else {
                    threshold = OptionalDouble.of(override.threshold());
                }
            }
        }
        if (type != null && !toleranceFits(tolerance, type)) {
            problem(field + ".tolerance", "tolerance '" + tolerance.describe() + "' does not apply to type " + type);
            valid = false;
        }
        if (valid) {
            features.add(new FeatureSpec(featureName, type, nullable, tolerance,
                    new NullSemantics(nullEqualsZero, nanEqualsNan), oldName, newName, threshold));
        } else {
            // keep indices aligned with the declaration so later problems name the right position
            features.add(null);
        }
        return this;
    }

    public ContractBuilder window(String timestampColumn, Duration length, Bounds bounds) {
        return window(timestampColumn, length, bounds, ZoneOffset.UTC);
    }

    public ContractBuilder window(String timestampColumn, Duration length, Bounds bounds, ZoneId zone) {
        boolean valid = requireIdentifier(timestampColumn, "window.timestamp");
        if (length == null || length.isZero() || length.isNegative()) {
            problem("window.length", "expected a positive duration such as PT24H, got " + length);
            valid = false;
        }
        if (bounds == null) {
            problem("window.bounds", "expected one of closed-open, open-closed, closed-closed, open-open");
            valid = false;
        }
        if (zone == null) {
            problem("window.zone", "expected a zone id such as UTC or Europe/Berlin");
            valid = false;
        }
        if (valid) {
            window = Optional.of(new WindowSpec(timestampColumn, length, bounds, zone));
        }
        return this;
    }

    public ContractBuilder gate(GatePolicy policy) {
        this.gate = policy;
        return this;
    }

    /**
     * Compares a deterministic sample of entities instead of all: the values and coverage gates then hold the lower
     * bound of the 95% Wilson interval against their thresholds.
     */
    public ContractBuilder sample(double fraction, long seed) {
        try {
            scope = scope.withSample(new Sample(fraction, seed));
        } catch (IllegalArgumentException e) {
            problem("sample.fraction", "expected a share within [0.000001, 1], got " + fraction);
        }
        return this;
    }

    /** Stops the comparison early, with FAIL, after {@code maxMismatches} differing rows or entities. */
    public ContractBuilder failFastAfter(long maxMismatches) {
        if (maxMismatches < 1) {
            problem("fail_fast.max_mismatches", "expected a whole number >= 1, got " + maxMismatches);
        } else {
            scope = scope.withFailFast(scope.failFast().withMaxMismatches(maxMismatches));
        }
        return this;
    }

    /** Stops the comparison early, with FAIL, once it has run for {@code budget}. */
    public ContractBuilder failFastWithin(Duration budget) {
        if (budget == null || budget.isZero() || budget.isNegative()) {
            problem("fail_fast.time_budget", "expected a positive duration such as PT10M, got " + budget);
        } else {
            scope = scope.withFailFast(scope.failFast().withTimeBudget(budget));
        }
        return this;
    }

    public ContractBuilder lineage(String source, String transformation) {
        this.lineage = new Lineage(Optional.ofNullable(source), Optional.ofNullable(transformation));
        return this;
    }

    /** Upstream groups that must pass before this one is meaningful. */
    public ContractBuilder dependsOn(String... upstreamGroups) {
        for (String upstream : upstreamGroups) {
            if (upstream == null || !GROUP_NAME.matcher(upstream).matches()) {
                problem("depends_on", "expected a group name matching [a-z][a-z0-9_]*, got '" + upstream + "'");
            } else {
                dependsOn.add(upstream);
            }
        }
        return this;
    }

    /** Models that consume this group: the larger the list, the later the group should migrate. */
    public ContractBuilder consumers(String... models) {
        for (String model : models) {
            if (model == null || model.isBlank()) {
                problem("consumers", "expected model names, got a blank one");
            } else {
                consumers.add(model);
            }
        }
        return this;
    }

    /** The group's serving tier ({@code critical}, {@code high}, {@code standard}, {@code low}); also tags it {@code tier:<tier>}. */
    public ContractBuilder tier(String servingTier) {
        Optional<BlastRadius.Tier> parsed = servingTier == null ? Optional.empty() : BlastRadius.Tier.parse(servingTier);
        if (parsed.isEmpty()) {
            problem("tier", "expected one of critical, high, standard, low, got '" + servingTier + "'");
        } else {
            tier = parsed;
            String tag = "tier:" + parsed.get().id();
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return this;
    }

    /**
     * How the point-in-time check probes this group (sample count, TTL, fixed pairs); needs {@link #asOf}.
     * Build the spec from {@link Contracts#pointInTime()}.
     */
    public ContractBuilder pointInTime(PointInTimeSpec spec) {
        pointInTimeDeclared = true;
        if (spec == null) {
            problem("point_in_time", "expected samples, ttl or keys");
            return this;
        }
        spec.samples().ifPresent(n -> {
            if (n < 1) {
                problem("point_in_time.samples", "expected a positive number of (entity, t) pairs, got " + n);
            }
        });
        spec.ttl().ifPresent(ttl -> {
            if (ttl.isZero() || ttl.isNegative()) {
                problem("point_in_time.ttl", "expected a positive ISO-8601 duration such as P7D, got " + ttl);
            }
        });
        spec.keys().ifPresent(keys -> {
            keys.timeColumn().ifPresent(c -> requireIdentifier(c, "point_in_time.keys.time"));
            if (keys instanceof PointInTimeKeys.Table table && (table.qualifiedName() == null || table.qualifiedName().isBlank())) {
                problem("point_in_time.keys.table", "expected a table name such as training.keys");
            }
            if (keys instanceof PointInTimeKeys.Csv csv && (csv.path() == null || csv.path().isBlank())) {
                problem("point_in_time.keys.csv", "expected a CSV file path");
            }
        });
        this.pointInTime = spec;
        return this;
    }

    /** The newest as-of in each store must be at most this old at the run's reference time ({@code freshness} check). */
    public ContractBuilder maxStaleness(Duration limit) {
        if (limit == null || limit.isZero() || limit.isNegative()) {
            problem("max_staleness", "expected a positive ISO-8601 duration such as PT6H, got " + limit);
        } else {
            maxStaleness = Optional.of(limit);
        }
        return this;
    }

    /**
     * The zone {@code timestamp} (without time zone) and {@code date} columns are read in, and the stores' session
     * zone. Default: the window's zone, else UTC; never the JVM's default.
     */
    public ContractBuilder zone(ZoneId timeZone) {
        if (timeZone == null) {
            problem("zone", "expected a zone id such as UTC or Europe/Berlin");
        } else {
            // UTC however spelled is ZoneOffset.UTC, as in the YAML reader: equal contracts stay equal
            zone = Optional.of(timeZone.normalized().equals(ZoneOffset.UTC) ? ZoneOffset.UTC : timeZone);
        }
        return this;
    }

    /** Records a problem found by a reader before it could call the builder, so all are reported together. */
    public ContractBuilder problem(String field, String message) {
        problems.add(new ContractProblem(origin, 0, field, message));
        return this;
    }

    /** Builds the contract, or throws a {@link ContractException} listing every problem. */
    public FeatureGroupContract build() {
        List<ContractProblem> all = new ArrayList<>(problems);
        if (entity.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("entity"))) {
            all.add(new ContractProblem(origin, 0, "entity", "expected at least one key column"));
        }
        if (oldSource == null) {
            all.add(new ContractProblem(origin, 0, "old", "expected the old store's source: { table: ... } or { query: ... }"));
        }
        if (newSource == null) {
            all.add(new ContractProblem(origin, 0, "new", "expected the new store's source: { table: ... } or { query: ... }"));
        }
        if (features.isEmpty()) {
            all.add(new ContractProblem(origin, 0, "features", "expected at least one feature"));
        }
        Set<String> keys = new HashSet<>(entity);
        asOf.ifPresent(keys::add);
        for (int i = 0; i < features.size(); i++) {
            FeatureSpec feature = features.get(i);
            if (feature != null && keys.contains(feature.name())) {
                all.add(new ContractProblem(origin, 0, "features[" + i + "].name",
                        "'" + feature.name() + "' is a key column and cannot also be a feature"));
            }
        }
        if (asOf.isEmpty() && pointInTimeDeclared) {
            all.add(new ContractProblem(origin, 0, "point_in_time", "point_in_time needs an as_of column: declare as_of"));
        }
        if (asOf.isEmpty() && maxStaleness.isPresent()) {
            all.add(new ContractProblem(origin, 0, "max_staleness", "max_staleness needs an as_of column: declare as_of"));
        }
        if (zone.isPresent() && window.isPresent() && !zone.get().normalized().equals(window.get().zone().normalized())) {
            all.add(new ContractProblem(origin, 0, "zone", "zone " + zone.get() + " differs from window.zone "
                    + window.get().zone() + ": a group reads its times in one zone"));
        }
        if (!all.isEmpty()) {
            throw new ContractException(all.stream().map(p -> new ContractProblem(origin, p.line(), p.field(), p.message())).toList());
        }
        return new FeatureGroupContract(name, version, owner, tags, entity, asOf, oldSource, newSource,
                features, window, gate, lineage, dependsOn, new BlastRadius(consumers, tier), origin, pointInTime,
                maxStaleness, zone, scope);
    }

    private boolean requireIdentifier(String column, String field) {
        if (column == null || column.isBlank()) {
            problem(field, "expected a column name, got " + (column == null ? "nothing" : "a blank string"));
            return false;
        }
        if (column.indexOf('\0') >= 0 || column.length() > 128) {
            problem(field, "column name must be at most 128 characters without NUL");
            return false;
        }
        return true;
    }

    private static boolean toleranceFits(Tolerance tolerance, FeatureType type) {
        if (tolerance instanceof Tolerance.Exact) {
            return true;
        }
        if (tolerance instanceof Tolerance.TimeDelta) {
            return type.kind().isTemporal();
        }
        if (tolerance instanceof Tolerance.Ulps) {
            return type.kind().isFloatingPoint();
        }
        return type.kind().isNumeric();
    }

    static BigDecimal decimalOf(double value) {
        return new BigDecimal(Double.toString(value));
    }
}
