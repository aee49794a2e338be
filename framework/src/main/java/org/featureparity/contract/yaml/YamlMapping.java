package org.featureparity.contract.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read against the keys the contract schema allows at its path; unknown and duplicate keys are
 * reported on their own line, and the typed getters report missing and mistyped values.
 */
final class YamlMapping {

    private final String path;
    private final ReadProblems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMapping(String path, ReadProblems problems) {
        this.path = path;
        this.problems = problems;
    }

    /**
     * Reads {@code node} as a mapping at {@code path} ("" for the document), or reports that it is not one.
     *
     * @param allowed the keys the schema allows here, in the order the error message lists them
     */
    static Optional<YamlMapping> of(Node node, String path, List<String> allowed, ReadProblems problems) {
        if (!(node instanceof MappingNode mapping)) {
            return Scalars.mistyped(node, displayed(path), "a mapping with keys " + String.join(", ", allowed), problems);
        }
        YamlMapping result = new YamlMapping(path, problems);
        for (NodeTuple entry : mapping.getValue()) {
            result.add(entry, allowed);
        }
        return Optional.of(result);
    }

    private void add(NodeTuple entry, List<String> allowed) {
        Node keyNode = entry.getKeyNode();
        int line = ReadProblems.lineOf(keyNode);
        if (!(keyNode instanceof ScalarNode scalarKey)) {
            problems.report(displayed(path), line, "expected a plain key such as " + allowed.get(0) + ", got "
                    + Scalars.describe(keyNode));
            return;
        }
        String key = scalarKey.getValue();
        String field = field(key);
        if (!allowed.contains(key)) {
            // '<<' (a YAML merge) lands here too: merges would hide where a value came from
            problems.report(field, line, "unknown key '" + key + "'; allowed here: " + String.join(", ", allowed));
        } else if (values.containsKey(key)) {
            // SnakeYAML's allowDuplicateKeys applies to object construction only, not to compose()
            problems.report(field, line, "duplicate key '" + key + "' (first given on line "
                    + problems.lineOf(field) + ")");
        } else {
            values.put(key, entry.getValueNode());
            problems.locate(field, keyNode);
        }
    }

    private static String displayed(String path) {
        return path.isEmpty() ? ReadProblems.DOCUMENT : path;
    }

    /** The field path of a key of this mapping, in the builder's spelling: {@code window.length}. */
    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Set<String> keys() {
        return values.keySet();
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The node of a key the schema requires, or a problem saying it is missing. */
    Optional<Node> required(String key, String expected) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            problems.invalid(field(key), "required key '" + key + "' is missing; expected " + expected);
        }
        return node;
    }

    Optional<String> string(String key) {
        return node(key).flatMap(node -> Scalars.string(node, field(key), problems));
    }

    Optional<String> requiredString(String key, String expected) {
        return required(key, expected).flatMap(node -> Scalars.string(node, field(key), problems));
    }

    Optional<Boolean> bool(String key) {
        return node(key).flatMap(node -> Scalars.bool(node, field(key), problems));
    }

    Optional<BigDecimal> decimal(String key) {
        return node(key).flatMap(node -> Scalars.decimal(node, field(key), problems));
    }

    /** A list of strings; items of another type are reported at {@code key[i]} and left out. */
    Optional<List<String>> strings(String key) {
        return node(key).flatMap(node -> {
            if (!(node instanceof SequenceNode sequence)) {
                return Scalars.mistyped(node, field(key), "a list of strings", problems);
            }
            return Optional.of(itemsOf(sequence, field(key)));
        });
    }

    /** Like {@link #strings} but a single string is taken as a one-item list: {@code entity: user_id}. */
    Optional<List<String>> stringOrStrings(String key) {
        Optional<Node> node = node(key);
        if (node.isPresent() && node.get() instanceof ScalarNode) {
            return Scalars.string(node.get(), field(key), problems).map(List::of);
        }
        return strings(key);
    }

    private List<String> itemsOf(SequenceNode sequence, String field) {
        List<String> items = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            String itemField = field + "[" + i + "]";
            problems.locate(itemField, nodes.get(i));
            Scalars.string(nodes.get(i), itemField, problems).ifPresent(items::add);
        }
        return items;
    }
}
