package org.featureparity.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * {@code parity-verify}: recomputes the evidence manifest of a {@code verdict.json} and says whether any evidence
 * file, the manifest or the verdict was changed since the run wrote them.
 *
 * <p>Usage: {@code ParityVerify <verdict.json> [<allure-results directory>]}; the directory defaults to the one
 * recorded in the verdict, relative to it. Prints {@code OK} or one line per changed, missing or added file; exits
 * 0 when the evidence is intact, 1 otherwise (also when it cannot be verified: fail closed).
 */
public final class ParityVerify {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParityVerify() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** The command without {@link System#exit}: prints its findings and returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 1 || args.length > 2) {
            out.println("usage: parity-verify <verdict.json> [<allure-results directory>]");
            return 1;
        }
        Verification verification;
        try {
            verification = verify(Path.of(args[0]), args.length == 2 ? Optional.of(Path.of(args[1])) : Optional.empty());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            out.println("NOT VERIFIED " + args[0] + ": " + e.getMessage());
            return 1;
        }
        verification.problems().forEach(out::println);
        if (verification.intact()) {
            out.println("OK " + verification.files() + " evidence files and verdict.json unchanged (digest "
                    + verification.digest() + ")");
            return 0;
        }
        out.println("FAILED " + verification.problems().size() + " problem(s) in the evidence of " + args[0]);
        return 1;
    }

    /** Recomputes every hash of the manifest in {@code verdictFile} against the files as they are now. */
    public static Verification verify(Path verdictFile, Optional<Path> allureResults) {
        JsonNode verdict = read(verdictFile);
        if (!verdict.isObject() || !verdict.has(EvidenceManifest.FIELD)) {
            throw new IllegalArgumentException("it has no evidence manifest");
        }
        EvidenceManifest.Recorded recorded = EvidenceManifest.read(verdict.get(EvidenceManifest.FIELD));
        EvidenceManifest manifest = recorded.manifest();
        Path reportDirectory = verdictFile.toAbsolutePath().getParent();
        Path allureDirectory = allureResults.orElseGet(() -> reportDirectory.resolve(manifest.allureResults()));

        List<String> problems = new ArrayList<>();
        if (!EvidenceManifest.verdictSha256((ObjectNode) verdict).equals(manifest.verdictSha256())) {
            problems.add("CHANGED " + VerdictWriter.FILE_NAME + " (its content no longer matches its manifest)");
        }
        if (!manifest.digest().equals(recorded.digest())) {
            problems.add("CHANGED " + VerdictWriter.FILE_NAME + " (the manifest no longer matches its digest)");
        }
        SortedMap<EvidenceFiles.Name, Path> present = EvidenceFiles.list(reportDirectory, allureDirectory);
        SortedMap<EvidenceFiles.Name, String> now = EvidenceManifest.hashes(present);
        manifest.files().forEach((name, hash) -> {
            if (!now.containsKey(name)) {
                problems.add("MISSING " + name.display());
            } else if (!now.get(name).equals(hash)) {
                problems.add("CHANGED " + name.display());
            }
        });
        now.keySet().stream().filter(name -> !manifest.files().containsKey(name))
                .forEach(name -> problems.add("ADDED " + name.display()));
        return new Verification(problems, manifest.files().size(), recorded.digest());
    }

    private static JsonNode read(Path verdictFile) {
        if (!Files.isRegularFile(verdictFile)) {
            throw new IllegalArgumentException("no such file");
        }
        try {
            return JSON.readTree(verdictFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("not readable JSON: " + e.getMessage(), e);
        }
    }
}
