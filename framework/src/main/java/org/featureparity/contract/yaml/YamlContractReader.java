package org.featureparity.contract.yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.featureparity.contract.ContractException;
import org.featureparity.contract.ContractProblem;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.PipelinesDeclaration;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Reads a {@code *.parity.yaml} file into a {@link FeatureGroupContract}, validated exactly like one built in Java.
 *
 * <p>Every problem of a file is reported at once, each with the file, the 1-based line and the field path. The YAML
 * is composed into nodes only (never into objects), under limits that keep a hostile or broken file from costing more
 * than a fraction of a second: alias bombs, deep nesting and oversized files are rejected.
 */
public final class YamlContractReader {

    /** About 1 MB of text; a contract is a screenful, so anything near this is not a contract. */
    static final int MAX_CODE_POINTS = 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 32;
    /** Enough to share a tolerance mapping between features, far too few for a "billion laughs" expansion. */
    static final int MAX_COLLECTION_ALIASES = 20;

    private YamlContractReader() {
    }

    /** Reads a contract file (UTF-8, or UTF-16/32 with a byte-order mark); the path names it in every problem. */
    public static FeatureGroupContract read(Path file) {
        String origin = file.toString();
        try (Reader reader = new UnicodeReader(Files.newInputStream(file))) {
            long bytes = Files.size(file);
            // a file has at least as many bytes as characters: rejecting it unread beats scanning a megabyte first
            if (bytes > MAX_CODE_POINTS) {
                throw documentProblem(origin, ReadProblems.DOCUMENT_START, tooLarge(bytes + " bytes"));
            }
            return read(origin, reader);
        } catch (IOException e) {
            throw documentProblem(origin, ReadProblems.DOCUMENT_START, "cannot read the contract: " + e);
        }
    }

    /**
     * Reads a contract from {@code content}, which the caller closes.
     *
     * @param origin names the contract in problems, e.g. {@code classpath:contracts/user_activity.parity.yaml}
     */
    public static FeatureGroupContract read(String origin, Reader content) {
        return ContractDocument.read(compose(origin, bounded(origin, content)), origin);
    }

    /** Reads the {@code pipelines} section of a contract file; see {@link #readPipelines(String, Reader)}. */
    public static Optional<PipelinesDeclaration> readPipelines(Path file) {
        String origin = file.toString();
        try (Reader reader = new UnicodeReader(Files.newInputStream(file))) {
            if (Files.size(file) > MAX_CODE_POINTS) {
                throw documentProblem(origin, ReadProblems.DOCUMENT_START, tooLarge(Files.size(file) + " bytes"));
            }
            return readPipelines(origin, reader);
        } catch (IOException e) {
            throw documentProblem(origin, ReadProblems.DOCUMENT_START, "cannot read the contract: " + e);
        }
    }

    /**
     * Reads the {@code pipelines} section of a contract file, empty when it declares none. The whole contract is
     * validated first, so a file that {@link #read(Path)} rejects is rejected here too.
     */
    public static Optional<PipelinesDeclaration> readPipelines(String origin, Reader content) {
        Node root = compose(origin, bounded(origin, content));
        ContractDocument.read(root, origin);
        ReadProblems problems = new ReadProblems(origin);
        Optional<Node> section = root instanceof MappingNode mapping ? mapping.getValue().stream()
                .filter(entry -> entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("pipelines"))
                .map(NodeTuple::getValueNode)
                .findFirst() : Optional.empty();
        return section.map(node -> PipelinesSection.read(node, problems).orElseThrow(problems::failure));
    }

    /**
     * The whole text, read up to the limit and no further. SnakeYAML enforces its code point limit only between
     * tokens, so one 50 MB comment would otherwise be scanned (slowly) to its end before anything is rejected.
     */
    private static String bounded(String origin, Reader content) {
        char[] buffer = new char[8192];
        StringBuilder text = new StringBuilder();
        try {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                text.append(buffer, 0, read);
                if (text.length() > MAX_CODE_POINTS) {
                    throw documentProblem(origin, ReadProblems.DOCUMENT_START, tooLarge("more than " + MAX_CODE_POINTS + " characters"));
                }
            }
        } catch (IOException e) {
            throw documentProblem(origin, ReadProblems.DOCUMENT_START, "cannot read the contract: " + e);
        }
        return text.toString();
    }

    private static Node compose(String origin, String content) {
        try {
            return new Yaml(loaderOptions()).compose(new java.io.StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? ReadProblems.DOCUMENT_START : e.getProblemMark().getLine() + 1;
            throw documentProblem(origin, line, "not valid YAML: " + syntaxMessage(e));
        } catch (YAMLException e) {
            throw documentProblem(origin, ReadProblems.DOCUMENT_START, refusal(e));
        }
    }

    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        // compose() does not check duplicates (only object construction does): YamlMapping reports them with lines
        options.setAllowDuplicateKeys(false);
        return options;
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed" : e.getProblem();
        if (e.getContext() == null) {
            return problem;
        }
        String contextLine = e.getContextMark() == null ? "" : " (line " + (e.getContextMark().getLine() + 1) + ")";
        return problem + ", " + e.getContext() + contextLine;
    }

    /** SnakeYAML signals its safety limits by message only; name the limit in the contract author's terms. */
    private static String refusal(YAMLException e) {
        if (e.getCause() instanceof IOException io) {
            return "cannot read the contract: " + io;
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("exceeds the limit")) {
            return tooLarge("more than " + MAX_CODE_POINTS + " characters");
        }
        if (message.contains("aliases")) {
            return "more than " + MAX_COLLECTION_ALIASES + " aliases (*name) to lists or mappings; rejected as a "
                    + "possible alias bomb";
        }
        if (message.contains("Nesting Depth")) {
            return "nested deeper than " + MAX_NESTING_DEPTH + " levels; rejected";
        }
        return "not valid YAML: " + message;
    }

    private static String tooLarge(String measured) {
        return "the contract is larger than 1 MB (" + measured + "); a contract is a page of YAML, not data";
    }

    private static ContractException documentProblem(String origin, int line, String message) {
        return new ContractException(new ContractProblem(origin, line, ReadProblems.DOCUMENT, message));
    }
}
