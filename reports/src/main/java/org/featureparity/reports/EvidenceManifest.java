package org.featureparity.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code evidence} section of {@code verdict.json}: the SHA-256 of every evidence file, of the verdict itself,
 * and one digest over all of them.
 *
 * <p>Paths are relative (to the report directory, and to the Allure results directory, which is recorded relative
 * to the report directory), so the evidence can be moved or archived as a whole. The digest is the SHA-256 of the
 * UTF-8 lines {@code <root>\t<path>\t<sha256>\n} in manifest order followed by {@code verdict.json\t<sha256>\n},
 * where the verdict's hash is over its compact JSON without this section: quote the digest in a ticket or CI log
 * and any later edit of a file, of the manifest or of the verdict shows.
 *
 * @param allureResults the Allure results directory relative to the report directory ({@code .} when the same)
 * @param files         each evidence file's hash by name
 * @param verdictSha256 the hash of the verdict's content without this section
 */
record EvidenceManifest(String allureResults, SortedMap<EvidenceFiles.Name, String> files, String verdictSha256) {

    static final String FIELD = "evidence";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    EvidenceManifest {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Hashes the evidence files as they are now. */
    static EvidenceManifest of(Path reportDirectory, Path allureDirectory, String verdictSha256) {
        return new EvidenceManifest(relative(reportDirectory, allureDirectory),
                hashes(EvidenceFiles.list(reportDirectory, allureDirectory)), verdictSha256);
    }

    static SortedMap<EvidenceFiles.Name, String> hashes(SortedMap<EvidenceFiles.Name, Path> files) {
        SortedMap<EvidenceFiles.Name, String> hashes = new TreeMap<>();
        files.forEach((name, file) -> {
            try {
                hashes.put(name, Sha256.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not hash " + file, e);
            }
        });
        return hashes;
    }

    // Relative when it can be (the usual target/parity next to target/allure-results); absolute across file roots.
    private static String relative(Path reportDirectory, Path allureDirectory) {
        Path report = reportDirectory.toAbsolutePath().normalize();
        Path allure = allureDirectory.toAbsolutePath().normalize();
        if (report.equals(allure)) {
            return ".";
        }
        try {
            return EvidenceFiles.slashed(report.relativize(allure));
        } catch (IllegalArgumentException e) {
            return allure.toString();
        }
    }

    /** The hash of a verdict document's content: its compact JSON without the {@code evidence} section. */
    static String verdictSha256(ObjectNode verdict) {
        ObjectNode content = verdict.deepCopy();
        content.remove(FIELD);
        return Sha256.of(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    String digest() {
        StringBuilder lines = new StringBuilder();
        files.forEach((name, hash) -> lines.append(name.root()).append('\t').append(name.path()).append('\t')
                .append(hash).append('\n'));
        lines.append(VerdictWriter.FILE_NAME).append('\t').append(verdictSha256).append('\n');
        return Sha256.of(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    ObjectNode json() {
        ObjectNode node = NODES.objectNode();
        node.put("algorithm", Sha256.ALGORITHM);
        node.put("allure_results", allureResults);
        ArrayNode entries = node.putArray("files");
        files.forEach((name, hash) -> entries.addObject().put("root", name.root()).put("path", name.path())
                .put("sha256", hash));
        node.put("verdict_sha256", verdictSha256);
        node.put("digest", digest());
        return node;
    }

    /** The manifest as recorded, and the digest recorded with it (to be compared with {@link #digest()}). */
    record Recorded(EvidenceManifest manifest, String digest) {
    }

    static Recorded read(JsonNode node) {
        if (!node.isObject() || !Sha256.ALGORITHM.equals(node.path("algorithm").asText())) {
            throw new IllegalArgumentException("no " + Sha256.ALGORITHM + " evidence manifest");
        }
        SortedMap<EvidenceFiles.Name, String> files = new TreeMap<>();
        for (JsonNode entry : node.path("files")) {
            files.put(new EvidenceFiles.Name(entry.path("root").asText(), entry.path("path").asText()),
                    entry.path("sha256").asText());
        }
        return new Recorded(new EvidenceManifest(node.path("allure_results").asText("."), files,
                node.path("verdict_sha256").asText()), node.path("digest").asText());
    }
}
