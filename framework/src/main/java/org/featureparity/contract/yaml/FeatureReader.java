package org.featureparity.contract.yaml;

import static org.featureparity.contract.Contracts.nanDiffersFromNan;
import static org.featureparity.contract.Contracts.newName;
import static org.featureparity.contract.Contracts.notNull;
import static org.featureparity.contract.Contracts.nullEqualsZero;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.oldName;
import static org.featureparity.contract.Contracts.threshold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.ContractBuilder;
import org.featureparity.contract.FeatureOption;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.Tolerance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads one entry of {@code features:} into a {@link ContractBuilder#feature} call. */
final class FeatureReader {

    private static final List<String> KEYS = List.of("name", "type", "nullable", "tolerance", "old_name", "new_name",
            "null_equals_zero", "nan_equals_nan", "agreement");
    private static final List<String> TOLERANCE_KEYS = List.of("absolute", "relative", "ulps", "duration");
    private static final String TOLERANCE_EXPECTED =
            "exact or a mapping with one of " + String.join(", ", TOLERANCE_KEYS);

    private final ContractBuilder builder;
    private final ReadProblems problems;

    FeatureReader(ContractBuilder builder, ReadProblems problems) {
        this.builder = builder;
        this.problems = problems;
    }

    /** Declares feature {@code index}; always calls the builder once so its field paths keep the YAML's indices. */
    void read(Node item, int index) {
        String path = "features[" + index + "]";
        problems.locate(path, item);
        Optional<YamlMapping> feature = YamlMapping.of(item, path, KEYS, problems);
        if (feature.isEmpty()) {
            problems.supersede(path + ".name", path + ".type");
            builder.feature(null, null);
            return;
        }
        YamlMapping f = feature.get();
        String name = f.requiredString("name", "the feature's column name").orElse(null);
        FeatureType type = f.requiredString("type", "one of " + FeatureType.spellings())
                .flatMap(spelling -> type(spelling, f.field("type"))).orElse(null);
        builder.feature(name, type, options(f).toArray(FeatureOption[]::new));
    }

    private Optional<FeatureType> type(String spelling, String field) {
        Optional<FeatureType> type = FeatureType.parse(spelling);
        if (type.isEmpty()) {
            problems.invalid(field, "unknown type '" + spelling + "'; expected one of " + FeatureType.spellings());
        }
        return type;
    }

    private List<FeatureOption> options(YamlMapping f) {
        List<FeatureOption> options = new ArrayList<>();
        f.bool("nullable").ifPresent(isNullable -> options.add(isNullable ? nullable() : notNull()));
        f.node("tolerance").flatMap(node -> tolerance(node, f.field("tolerance"))).ifPresent(options::add);
        f.bool("null_equals_zero").filter(Boolean::booleanValue).ifPresent(yes -> options.add(nullEqualsZero()));
        f.bool("nan_equals_nan").filter(equal -> !equal).ifPresent(no -> options.add(nanDiffersFromNan()));
        f.string("old_name").ifPresent(column -> options.add(oldName(column)));
        f.string("new_name").ifPresent(column -> options.add(newName(column)));
        // the builder checks the range and reports it at features[i].agreement
        f.decimal("agreement").ifPresent(share -> options.add(threshold(share.doubleValue())));
        return options;
    }

    private Optional<Tolerance> tolerance(Node node, String field) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
            if (scalar.getValue().equals("exact")) {
                return Optional.of(new Tolerance.Exact());
            }
            problems.invalid(field, "unknown tolerance '" + scalar.getValue() + "'; expected " + TOLERANCE_EXPECTED);
            return Optional.empty();
        }
        if (!(node instanceof MappingNode)) {
            return Scalars.mistyped(node, field, TOLERANCE_EXPECTED, problems);
        }
        YamlMapping limit = YamlMapping.of(node, field, TOLERANCE_KEYS, problems).orElseThrow();
        if (limit.keys().size() != 1) {
            // unknown keys were reported already; the tolerance itself still needs exactly one kind
            problems.invalid(field, "expected exactly one of " + String.join(", ", TOLERANCE_KEYS) + ", got "
                    + (limit.keys().isEmpty() ? "none" : String.join(" and ", limit.keys())));
            return Optional.empty();
        }
        String kind = limit.keys().iterator().next();
        String kindField = limit.field(kind);
        Node value = limit.node(kind).orElseThrow();
        try {
            return switch (kind) {
                case "absolute" -> Scalars.decimal(value, kindField, problems).map(Tolerance.Absolute::new);
                case "relative" -> Scalars.decimal(value, kindField, problems).map(Tolerance.Relative::new);
                case "ulps" -> Scalars.wholeNumber(value, kindField, problems).map(Tolerance.Ulps::new);
                default -> Scalars.duration(value, kindField, problems).map(Tolerance.TimeDelta::new);
            };
        } catch (IllegalArgumentException negative) {
            // the tolerance records guard their own invariants; turn that into a problem at the right line
            problems.invalid(kindField, negative.getMessage());
            return Optional.empty();
        }
    }
}
