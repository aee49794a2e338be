package org.featureparity.contract.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.featureparity.contract.ContractBuilder;
import org.featureparity.contract.ContractException;
import org.featureparity.contract.ContractProblem;
import org.featureparity.contract.FeatureGroupContract;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The problems of one contract file, each tied to the line of the YAML node its field path names.
 *
 * <p>The builder knows field paths but not lines; this log knows the line of every path the reader visited, so the
 * builder's problems and the reader's own end up in one list, sorted by line.
 */
final class ReadProblems {

    /** The field named by problems that concern the whole document rather than one key. */
    static final String DOCUMENT = "document";

    /** Where a problem lands when no visited node matches its path: the start of the document. */
    static final int DOCUMENT_START = 1;

    private final String origin;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<ContractProblem> found = new ArrayList<>();
    private final Set<String> superseded = new HashSet<>();

    ReadProblems(String origin) {
        this.origin = origin;
    }

    /** Remembers the line of a field path, the first time it is seen (a duplicate key keeps the first). */
    void locate(String field, Node node) {
        lines.putIfAbsent(field, lineOf(node));
    }

    /** Records a problem at an explicit line, e.g. the line of an unknown or duplicate key. */
    void report(String field, int line, String message) {
        found.add(new ContractProblem(origin, line, field, message));
    }

    /**
     * Records a problem with a field's value; the reader then hands the builder nothing for that field, and the
     * builder's complaint about the missing value would only repeat this one, so it is dropped.
     */
    void invalid(String field, String message) {
        report(field, lineOf(field), message);
        supersede(field);
    }

    /** Drops the builder's complaints about fields whose value the reader could not hand over, already explained. */
    void supersede(String... fields) {
        superseded.addAll(List.of(fields));
    }

    /** Builds the contract, or throws every problem of the file: the reader's and the builder's, with lines. */
    FeatureGroupContract build(ContractBuilder builder) {
        FeatureGroupContract contract = null;
        try {
            contract = builder.build();
        } catch (ContractException e) {
            for (ContractProblem problem : e.problems()) {
                if (!superseded.contains(problem.field())) {
                    report(problem.field(), lineOf(problem.field()), problem.message());
                }
            }
        }
        if (!found.isEmpty()) {
            throw failure(); // the reader's own problems count even when the builder was satisfied
        }
        return contract;
    }

    /** Every problem found so far, sorted by line. */
    ContractException failure() {
        List<ContractProblem> byLine = new ArrayList<>(found);
        byLine.sort(Comparator.comparingInt(ContractProblem::line)); // stable: same-line problems keep their order
        return new ContractException(byLine);
    }

    /** The line of the field, else of its closest visited parent ({@code features[2]}, {@code features}). */
    int lineOf(String field) {
        for (String path = field; !path.isEmpty(); path = parentOf(path)) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
        }
        return DOCUMENT_START;
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? DOCUMENT_START : node.getStartMark().getLine() + 1;
    }

    private static String parentOf(String path) {
        if (path.endsWith("]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
