package org.featureparity.contract.yaml;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.ContractBuilder;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.GatePolicy;
import org.featureparity.contract.SourceRef;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the top-level mapping of a {@code *.parity.yaml} document into a {@link ContractBuilder}. */
final class ContractDocument {

    private static final List<String> KEYS = List.of("group", "version", "owner", "tags", "entity", "as_of", "old",
            "new", "features", "window", "gate", "lineage", "depends_on", "consumers", "tier", "pipelines",
            "point_in_time", "max_staleness", "zone", "sample", "fail_fast");
    private static final List<String> SOURCE_KEYS = List.of("table", "query");
    private static final List<String> WINDOW_KEYS = List.of("timestamp", "length", "bounds", "zone");
    private static final List<String> GATE_KEYS = List.of("agreement", "coverage", "max_null_rate_delta", "max_psi",
            "max_ks");
    private static final List<String> SAMPLE_KEYS = List.of("fraction", "seed");
    private static final List<String> FAIL_FAST_KEYS = List.of("max_mismatches", "time_budget");
    private static final List<String> LINEAGE_KEYS = List.of("source", "transformation");
    private static final String BOUNDS_SPELLINGS = "closed-open, open-closed, closed-closed, open-open";

    private final YamlMapping document;
    private final ReadProblems problems;
    private final ContractBuilder builder;

    private ContractDocument(YamlMapping document, ReadProblems problems, String origin) {
        this.document = document;
        this.problems = problems;
        this.builder = FeatureGroupContract.group(document.requiredString("group", "the group name").orElse(null))
                .origin(origin);
    }

    /** Reads the composed document ({@code null} when empty), or throws a ContractException with every problem. */
    static FeatureGroupContract read(Node root, String origin) {
        ReadProblems problems = new ReadProblems(origin);
        if (root == null) {
            problems.report(ReadProblems.DOCUMENT, ReadProblems.DOCUMENT_START,
                    "the contract is empty; expected a mapping with keys " + String.join(", ", KEYS));
            throw problems.failure();
        }
        return YamlMapping.of(root, "", KEYS, problems)
                .map(document -> new ContractDocument(document, problems, origin).declare())
                .orElseThrow(problems::failure);
    }

    private FeatureGroupContract declare() {
        document.string("version").ifPresent(builder::version);
        document.string("owner").ifPresent(builder::owner);
        document.strings("tags").ifPresent(tags -> builder.tags(tags.toArray(String[]::new)));
        document.stringOrStrings("entity").ifPresent(columns -> builder.entity(columns.toArray(String[]::new)));
        document.string("as_of").ifPresent(builder::asOf);
        builder.source(source("old").orElse(null), source("new").orElse(null));
        document.node("features").ifPresent(this::features);
        document.node("window").ifPresent(this::window);
        document.node("gate").ifPresent(this::gate);
        document.node("lineage").ifPresent(this::lineage);
        document.strings("depends_on").ifPresent(groups -> builder.dependsOn(groups.toArray(String[]::new)));
        document.strings("consumers").ifPresent(models -> builder.consumers(models.toArray(String[]::new)));
        document.string("tier").ifPresent(builder::tier);
        // validated with the contract so a broken section fails the file; YamlContractReader.readPipelines reads it
        document.node("pipelines").ifPresent(node -> PipelinesSection.read(node, problems));
        document.node("point_in_time").flatMap(node -> PointInTimeSection.read(node, problems)).ifPresent(builder::pointInTime);
        document.node("max_staleness").flatMap(node -> Scalars.duration(node, "max_staleness", problems))
                .ifPresent(builder::maxStaleness);
        document.string("zone").flatMap(id -> zone(id, "zone")).ifPresent(builder::zone);
        document.node("sample").ifPresent(this::sample);
        document.node("fail_fast").ifPresent(this::failFast);
        return problems.build(builder);
    }

    private Optional<SourceRef> source(String role) {
        Optional<YamlMapping> source = document.node(role)
                .flatMap(node -> YamlMapping.of(node, role, SOURCE_KEYS, problems));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping ref = source.get();
        if (ref.keys().size() != 1) {
            problems.invalid(role, "expected exactly one of table or query, got "
                    + (ref.keys().isEmpty() ? "neither" : "both"));
            return Optional.empty();
        }
        String kind = ref.keys().iterator().next();
        try {
            return ref.string(kind).map(text -> kind.equals("table") ? new SourceRef.Table(text) : new SourceRef.Query(text));
        } catch (IllegalArgumentException blank) {
            problems.invalid(ref.field(kind), blank.getMessage());
            return Optional.empty();
        } finally {
            // whatever went wrong inside was reported there; "expected the old store's source" would repeat it
            problems.supersede(role);
        }
    }

    private void features(Node node) {
        if (!(node instanceof SequenceNode list)) {
            Scalars.mistyped(node, "features", "a list of feature mappings", problems);
            return;
        }
        FeatureReader reader = new FeatureReader(builder, problems);
        for (int i = 0; i < list.getValue().size(); i++) {
            reader.read(list.getValue().get(i), i);
        }
    }

    private void window(Node node) {
        YamlMapping.of(node, "window", WINDOW_KEYS, problems).ifPresent(window -> {
            String timestamp = window.requiredString("timestamp", "the event timestamp column").orElse(null);
            Duration length = window.required("length", "a positive ISO-8601 duration such as PT24H")
                    .flatMap(text -> Scalars.duration(text, "window.length", problems)).orElse(null);
            Bounds bounds = window.requiredString("bounds", "one of " + BOUNDS_SPELLINGS)
                    .flatMap(this::bounds).orElse(null);
            ZoneId zone = window.node("zone").isPresent() ? window.string("zone").flatMap(id -> zone(id, "window.zone")).orElse(null)
                    : ZoneOffset.UTC;
            builder.window(timestamp, length, bounds, zone);
        });
    }

    private Optional<Bounds> bounds(String spelling) {
        Optional<Bounds> bounds = Bounds.parse(spelling);
        if (bounds.isEmpty()) {
            problems.invalid("window.bounds", "unknown bounds '" + spelling + "'; expected one of " + BOUNDS_SPELLINGS);
        }
        return bounds;
    }

    private Optional<ZoneId> zone(String id, String field) {
        try {
            ZoneId zone = ZoneId.of(id.trim());
            // "UTC", "Etc/UTC" and "Z" all mean ZoneOffset.UTC, the Java builder's default: keep the two equal
            return Optional.of(zone.normalized().equals(ZoneOffset.UTC) ? ZoneOffset.UTC : zone);
        } catch (DateTimeException e) {
            problems.invalid(field, "unknown zone '" + id + "'; expected a zone id such as UTC, "
                    + "Europe/Berlin or +02:00");
            return Optional.empty();
        }
    }

    private void gate(Node node) {
        YamlMapping.of(node, "gate", GATE_KEYS, problems).ifPresent(gate -> {
            double agreement = share(gate, "agreement").orElse(GatePolicy.DEFAULT_AGREEMENT);
            double coverage = share(gate, "coverage").orElse(GatePolicy.DEFAULT_COVERAGE);
            double nullRateDelta = share(gate, "max_null_rate_delta").orElse(GatePolicy.DEFAULT_MAX_NULL_RATE_DELTA);
            double psi = nonNegative(gate, "max_psi").orElse(GatePolicy.DEFAULT_MAX_PSI);
            double ks = share(gate, "max_ks").orElse(GatePolicy.DEFAULT_MAX_KS);
            try {
                builder.gate(new GatePolicy(agreement, coverage, nullRateDelta, psi, ks));
            } catch (IllegalArgumentException e) {
                // share() checked the range already; this only guards against GatePolicy growing new invariants
                problems.invalid("gate", e.getMessage());
            }
        });
    }

    private Optional<Double> share(YamlMapping gate, String key) {
        return gate.decimal(key).flatMap(value -> {
            if (value.compareTo(BigDecimal.ZERO) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                problems.invalid(gate.field(key), "expected a share within [0, 1], got " + value.toPlainString());
                return Optional.empty();
            }
            return Optional.of(value.doubleValue());
        });
    }

    private Optional<Double> nonNegative(YamlMapping gate, String key) {
        return gate.decimal(key).flatMap(value -> {
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0) {
                problems.invalid(gate.field(key), "expected a number within [0, 1000], got " + value.toPlainString());
                return Optional.empty();
            }
            return Optional.of(value.doubleValue());
        });
    }

    private void sample(Node node) {
        YamlMapping.of(node, "sample", SAMPLE_KEYS, problems).ifPresent(sample -> {
            Optional<BigDecimal> fraction = sample.required("fraction", "a share within (0, 1] such as 0.01")
                    .flatMap(n -> Scalars.decimal(n, "sample.fraction", problems));
            Optional<Long> seed = sample.node("seed").flatMap(n -> Scalars.wholeNumber(n, "sample.seed", problems));
            fraction.ifPresent(value -> {
                if (value.compareTo(new BigDecimal("0.000001")) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    problems.invalid("sample.fraction", "expected a share within [0.000001, 1], got " + value.toPlainString());
                } else {
                    builder.sample(value.doubleValue(), seed.orElse(0L));
                }
            });
        });
    }

    private void failFast(Node node) {
        YamlMapping.of(node, "fail_fast", FAIL_FAST_KEYS, problems).ifPresent(bounds -> {
            if (bounds.keys().isEmpty()) {
                problems.invalid("fail_fast", "expected max_mismatches, time_budget or both");
            }
            bounds.node("max_mismatches").flatMap(n -> Scalars.wholeNumber(n, "fail_fast.max_mismatches", problems))
                    .ifPresent(count -> {
                        if (count < 1) {
                            problems.invalid("fail_fast.max_mismatches", "expected a whole number >= 1, got " + count);
                        } else {
                            builder.failFastAfter(count);
                        }
                    });
            bounds.node("time_budget").flatMap(n -> Scalars.duration(n, "fail_fast.time_budget", problems))
                    .ifPresent(budget -> {
                        if (budget.isZero() || budget.isNegative()) {
                            problems.invalid("fail_fast.time_budget", "expected a positive duration such as PT10M, got " + budget);
                        } else {
                            builder.failFastWithin(budget);
                        }
                    });
        });
    }

    private void lineage(Node node) {
        YamlMapping.of(node, "lineage", LINEAGE_KEYS, problems).ifPresent(lineage -> builder.lineage(
                lineage.string("source").orElse(null), lineage.string("transformation").orElse(null)));
    }
}
