package org.featureparity.contract.yaml;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML node as a typed value, reporting a type problem (naming field and expected type) when it is not one.
 *
 * <p>Types come from SnakeYAML's resolver tags, so a quoted {@code "0.99"} is a string, not a number: a contract that
 * quotes a threshold is probably not saying what its author thinks.
 */
final class Scalars {

    /** Longer number texts are not tolerances or thresholds, and parsing them could be slow. */
    private static final int MAX_NUMBER_LENGTH = 100;
    /** Keeps {@code 1e999999999} out: its plain form (used in reports) would not fit in memory. */
    private static final int MAX_DECIMAL_SCALE = 1000;
    private static final Set<String> TRUE = Set.of("true", "yes", "on");

    private Scalars() {
    }

    /** Any non-null scalar as its text, so {@code version: 3} reads as "3" and keeps {@code 3.10} as written. */
    static Optional<String> string(Node node, String field, ReadProblems problems) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar.getValue());
        }
        return mistyped(node, field, "a string", problems);
    }

    static Optional<Boolean> bool(Node node, String field, ReadProblems problems) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(TRUE.contains(scalar.getValue().toLowerCase(Locale.ROOT)));
        }
        return mistyped(node, field, "true or false", problems);
    }

    /** A number read exactly from its text (never through a double): {@code 0.01} stays 0.01. */
    static Optional<BigDecimal> decimal(Node node, String field, ReadProblems problems) {
        if (!isNumber(node)) {
            return mistyped(node, field, "a number", problems);
        }
        String text = ((ScalarNode) node).getValue().replace("_", "");
        try {
            BigDecimal value = text.length() <= MAX_NUMBER_LENGTH ? new BigDecimal(text) : null;
            if (value != null && Math.abs(value.scale()) <= MAX_DECIMAL_SCALE) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // .inf, .nan, 0x1F, 1:30 are YAML numbers but not decimal ones: reported below
        }
        problems.invalid(field, "expected a decimal number such as 0.01 or 1.0e-6, got '" + abbreviate(text) + "'");
        return Optional.empty();
    }

    static Optional<Long> wholeNumber(Node node, String field, ReadProblems problems) {
        if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)) {
            return mistyped(node, field, "a whole number", problems);
        }
        String text = scalar.getValue().replace("_", "");
        try {
            return Optional.of(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
        } catch (NumberFormatException e) {
            problems.invalid(field, "expected a decimal whole number within 64 bits, got '" + abbreviate(text) + "'");
            return Optional.empty();
        }
    }

    /** An ISO-8601 duration such as {@code PT24H} or {@code PT0.001S}. */
    static Optional<Duration> duration(Node node, String field, ReadProblems problems) {
        return string(node, field, problems).flatMap(text -> {
            try {
                return Optional.of(Duration.parse(text.trim()));
            } catch (DateTimeException | ArithmeticException e) {
                problems.invalid(field, "expected an ISO-8601 duration such as PT24H or PT0.001S, got '"
                        + abbreviate(text) + "'");
                return Optional.empty();
            }
        });
    }

    /** An ISO-8601 instant with its offset, such as {@code 2026-11-01T00:00:00Z}: never read in a default zone. */
    static Optional<Instant> instant(Node node, String field, ReadProblems problems) {
        return string(node, field, problems).flatMap(text -> {
            try {
                return Optional.of(java.time.OffsetDateTime.parse(text.trim()).toInstant());
            } catch (DateTimeException e) {
                problems.invalid(field, "expected an ISO-8601 instant with its offset such as 2026-11-01T00:00:00Z, got '"
                        + abbreviate(text) + "'");
                return Optional.empty();
            }
        });
    }

    static <T> Optional<T> mistyped(Node node, String field, String expected, ReadProblems problems) {
        problems.invalid(field, "expected " + expected + ", got " + describe(node));
        return Optional.empty();
    }

    /** Names what was found, in the user's terms: a list, a mapping, a quoted string, ... */
    static String describe(Node node) {
        if (node.getNodeId() == NodeId.sequence) {
            return "a list";
        }
        if (node.getNodeId() == NodeId.mapping) {
            return "a mapping";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getTag().equals(Tag.NULL)) {
            return "nothing (null)";
        }
        String value = "'" + abbreviate(scalar.getValue()) + "'";
        if (scalar.getTag().equals(Tag.STR) && scalar.isPlain()) {
            return "the text " + value;
        }
        if (scalar.getTag().equals(Tag.STR)) {
            return "the quoted string " + value + " (remove the quotes for a number or boolean)";
        }
        if (isNumber(scalar)) {
            return "the number " + value;
        }
        if (scalar.getTag().equals(Tag.BOOL)) {
            return "the boolean " + value;
        }
        return value + " (YAML type " + scalar.getTag().getValue() + ")";
    }

    private static boolean isNumber(Node node) {
        return node instanceof ScalarNode && (node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
