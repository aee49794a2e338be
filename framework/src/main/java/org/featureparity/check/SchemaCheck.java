package org.featureparity.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;

/**
 * The {@code schema} check: each feature present in both stores under its declared names, with a type that holds
 * the declared type, and NULLs only where the contract allows them.
 */
public final class SchemaCheck {

    private SchemaCheck() {
    }

    /** The key columns exist on both sides. */
    public static CheckOutcome keys(GroupRun run) {
        List<String> problems = new ArrayList<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            StoreDescription description = run.description(side);
            for (String key : run.contract().keyColumns()) {
                Optional<StoreColumn> column = description.column(key);
                if (column.isEmpty()) {
                    problems.add("key column '" + key + "' not found in the " + side.role() + " store"
                            + similar(key, description).map(s -> "; similar column: '" + s + "'").orElse(""));
                } else {
                    parameters.put(side.role() + "." + key, column.get().nativeType());
                }
            }
        }
        if (!problems.isEmpty()) {
            return CheckOutcome.of(CheckStatus.FAIL, String.join("; ", problems), parameters);
        }
        return CheckOutcome.of(CheckStatus.PASS, "key columns " + run.contract().keyColumns() + " present in both stores", parameters);
    }

    /** One feature's columns, types and nullability on both sides. */
    public static CheckOutcome feature(GroupRun run, FeatureSpec feature) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("declared type", feature.type().toString());
        parameters.put("declared nullable", Boolean.toString(feature.nullable()));
        for (Side side : Side.values()) {
            StoreDescription description = run.description(side);
            String columnName = feature.columnIn(side);
            Optional<StoreColumn> found = description.column(columnName);
            if (found.isEmpty()) {
                problems.add(missingColumn(feature, side, columnName, description));
                continue;
            }
            StoreColumn column = found.get();
            parameters.put(side.role() + " column", column.name() + " " + column.nativeType()
                    + (column.nullable() ? "" : " not null"));
            if (column.type().isEmpty()) {
                problems.add(side.role() + " store: column '" + columnName + "' has type " + column.nativeType()
                        + ", which has no portable mapping (expected " + feature.type() + ")");
            } else {
                TypeCompatibility.problem(feature.type(), column.type().get())
                        .ifPresent(p -> problems.add(side.role() + " store: column '" + columnName + "': " + p));
                TypeCompatibility.note(feature.type(), column.type().get())
                        .ifPresent(n -> notes.add(side.role() + ": " + n));
            }
            nullability(run, feature, side, column).ifPresent(problems::add);
            if (!feature.nullable() && column.nullable() && !column.nullabilityEnforced()) {
                notes.add(side.role() + ": no NOT NULL constraint on a " + description.relationKind()
                        + "; verified no NULLs in the data");
            }
        }
        if (!problems.isEmpty()) {
            return CheckOutcome.of(CheckStatus.FAIL, String.join("; ", problems), parameters);
        }
        String message = "present in both stores as declared (" + feature.type() + (feature.nullable() ? ", nullable" : ", not null") + ")"
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        return CheckOutcome.of(CheckStatus.PASS, message, parameters);
    }

    private static Optional<String> nullability(GroupRun run, FeatureSpec feature, Side side, StoreColumn column) {
        if (feature.nullable() || !column.nullable()) {
            return Optional.empty();
        }
        if (column.nullabilityEnforced()) {
            return Optional.of(side.role() + " store: column '" + column.name()
                    + "' allows NULL, but the contract declares the feature not null");
        }
        // views and queries carry no constraints: only the data can show whether NULLs occur
        long nulls = run.store(side).countNulls(run.contract().source(side), column.name());
        return nulls == 0 ? Optional.empty() : Optional.of(side.role() + " store: column '" + column.name() + "' holds "
                + nulls + " NULL value(s), but the contract declares the feature not null");
    }

    private static String missingColumn(FeatureSpec feature, Side side, String columnName, StoreDescription description) {
        StringBuilder message = new StringBuilder(side.role() + " store: column '" + columnName + "' not found in "
                + description.source().describe());
        Optional<String> similar = similar(columnName, description);
        Optional<String> otherName = Optional.of(feature.columnIn(side.other())).filter(n -> !n.equals(columnName));
        if (similar.isPresent()) {
            message.append("; similar column: '").append(similar.get()).append("'");
            if (otherName.isEmpty()) {
                message.append(" (an undeclared rename? declare it with ").append(side.role()).append("_name)");
            }
        }
        return message.toString();
    }

    /** The closest column name, when one is close enough to be a likely rename. */
    static Optional<String> similar(String wanted, StoreDescription description) {
        String target = normalized(wanted);
        String best = null;
        double bestScore = 0;
        for (StoreColumn column : description.columns()) {
            String candidate = normalized(column.name());
            double score = similarity(target, candidate);
            if (candidate.contains(target) || target.contains(candidate)) {
                score = Math.max(score, 0.75);
            }
            if (score > bestScore) {
                bestScore = score;
                best = column.name();
            }
        }
        return bestScore >= 0.5 ? Optional.of(best) : Optional.empty();
    }

    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }

    private static double similarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1 : 1.0 - (double) editDistance(a, b) / longest;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
