package org.featureparity.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit the run's code was checked out at: from the CI's variable, else read from {@code .git} directly.
 *
 * <p>Reading the files (HEAD, the ref it names, {@code packed-refs}, a worktree's {@code commondir}) instead of
 * running {@code git} keeps the run free of process spawns and works where git is not installed.
 */
final class GitCommit {

    /** Checked in this order: generic, GitHub Actions, GitLab CI. */
    static final List<String> VARIABLES = List.of("GIT_COMMIT", "GITHUB_SHA", "CI_COMMIT_SHA");

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    private static final String REF_PREFIX = "ref: ";

    private GitCommit() {
    }

    static Optional<String> find(Map<String, String> environment, Path workingDirectory) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        try {
            Optional<Path> gitDirectory = gitDirectory(workingDirectory.toAbsolutePath());
            return gitDirectory.isEmpty() ? Optional.empty() : head(gitDirectory.get());
        } catch (IOException | RuntimeException e) {
            // A commit is a nice-to-have fact; an unreadable repository must not fail the run's evidence.
            return Optional.empty();
        }
    }

    private static Optional<Path> gitDirectory(Path start) throws IOException {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path git = directory.resolve(".git");
            if (Files.isDirectory(git)) {
                return Optional.of(git);
            }
            if (Files.isRegularFile(git)) {
                // a worktree or submodule: ".git" is a file "gitdir: <path>"
                String line = Files.readString(git, StandardCharsets.UTF_8).trim();
                if (line.startsWith("gitdir:")) {
                    return Optional.of(directory.resolve(line.substring("gitdir:".length()).trim()).normalize());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> head(Path gitDirectory) throws IOException {
        String head = Files.readString(gitDirectory.resolve("HEAD"), StandardCharsets.UTF_8).trim();
        if (!head.startsWith(REF_PREFIX)) {
            return sha(head);
        }
        String ref = head.substring(REF_PREFIX.length()).trim();
        Path common = commonDirectory(gitDirectory);
        for (Path directory : List.of(gitDirectory, common)) {
            Path loose = directory.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return sha(Files.readString(loose, StandardCharsets.UTF_8).trim());
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return sha(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }

    // A worktree's git directory holds its own HEAD; branches live in the main repository's, named by "commondir".
    private static Path commonDirectory(Path gitDirectory) throws IOException {
        Path commondir = gitDirectory.resolve("commondir");
        if (!Files.isRegularFile(commondir)) {
            return gitDirectory;
        }
        return gitDirectory.resolve(Files.readString(commondir, StandardCharsets.UTF_8).trim()).normalize();
    }

    private static Optional<String> sha(String text) {
        return SHA.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
