package org.featureparity.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files that make up a run's evidence: everything in the report directory but {@code verdict.json} itself, and
 * everything in the Allure results directory but {@code history/}.
 *
 * <p>The whole results directory counts, not only this run's files, because the report is generated from all of
 * it. {@code history/} is left out because it is input from the previous report, copied in before generation.
 * Half-written temporary files ({@link AtomicFiles}) are never evidence. One rule for writer and verifier, so
 * that an added file is noticed as surely as a changed one.
 */
final class EvidenceFiles {

    static final String REPORT_ROOT = "report";
    static final String ALLURE_ROOT = "allure-results";
    static final String HISTORY = "history";

    private EvidenceFiles() {
    }

    /** A file's place in the manifest: its root and its path below it, with {@code /} separators. */
    record Name(String root, String path) implements Comparable<Name> {

        @Override
        public int compareTo(Name other) {
            int byRoot = root.compareTo(other.root);
            return byRoot != 0 ? byRoot : path.compareTo(other.path);
        }

        /** How reports and the verifier name the file, e.g. {@code allure-results/…-attachment.csv}. */
        String display() {
            return root + "/" + path;
        }
    }

    /** Every evidence file by manifest name, sorted; absent directories have none. */
    static SortedMap<Name, Path> list(Path reportDirectory, Path allureDirectory) {
        Path report = reportDirectory.toAbsolutePath().normalize();
        Path allure = allureDirectory.toAbsolutePath().normalize();
        SortedMap<Name, Path> files = new TreeMap<>();
        boolean separate = !report.equals(allure);
        collect(files, REPORT_ROOT, report, separate && allure.startsWith(report) ? allure : null);
        if (separate) {
            collect(files, ALLURE_ROOT, allure, report.startsWith(allure) ? report : null);
        }
        return files;
    }

    private static void collect(SortedMap<Name, Path> files, String root, Path directory, Path nestedOtherRoot) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> nestedOtherRoot == null || !file.startsWith(nestedOtherRoot))
                    .filter(file -> !excluded(directory.relativize(file)))
                    .forEach(file -> files.put(new Name(root, slashed(directory.relativize(file))), file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list evidence in " + directory, e);
        }
    }

    private static boolean excluded(Path relative) {
        String first = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        boolean temporary = name.startsWith(".") && name.endsWith(".tmp");
        boolean verdict = relative.getNameCount() == 1 && name.equals(VerdictWriter.FILE_NAME);
        boolean history = relative.getNameCount() > 1 && first.equals(HISTORY);
        return temporary || verdict || history;
    }

    static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
