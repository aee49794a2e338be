package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTests {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    private static final String OTHER_SHA = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path repository;

    @Test
    void fromTheCiVariableFirst() throws IOException {
        branch("main", SHA);

        assertThat(GitCommit.find(Map.of("GITHUB_SHA", OTHER_SHA), repository)).hasValue(OTHER_SHA);
        assertThat(GitCommit.find(Map.of("CI_COMMIT_SHA", OTHER_SHA), repository)).hasValue(OTHER_SHA);
    }

    @Test
    void fromTheBranchHeadNamesWalkingUpFromTheWorkingDirectory() throws IOException {
        branch("main", SHA);
        Path module = Files.createDirectories(repository.resolve("sample-suite/target"));

        assertThat(GitCommit.find(Map.of(), module)).hasValue(SHA);
    }

    @Test
    void fromPackedRefs() throws IOException {
        Path git = Files.createDirectories(repository.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + OTHER_SHA + " refs/heads/other\n" + SHA + " refs/heads/main\n");

        assertThat(GitCommit.find(Map.of(), repository)).hasValue(SHA);
    }

    @Test
    void fromADetachedHead() throws IOException {
        Path git = Files.createDirectories(repository.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), SHA + "\n");

        assertThat(GitCommit.find(Map.of(), repository)).hasValue(SHA);
    }

    @Test
    void fromAWorktreeWhoseBranchLivesInTheMainRepository() throws IOException {
        branch("feature", OTHER_SHA);
        Path worktreeGit = Files.createDirectories(repository.resolve(".git/worktrees/wt"));
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(repository.resolve("elsewhere/wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + worktreeGit + "\n");

        assertThat(GitCommit.find(Map.of(), worktree)).hasValue(OTHER_SHA);
    }

    @Test
    void noneForABranchWithoutCommits() throws IOException {
        Path git = Files.createDirectories(repository.resolve("repo/.git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/unborn\n");

        assertThat(GitCommit.find(Map.of(), repository.resolve("repo"))).isEmpty();
    }

    private void branch(String name, String sha) throws IOException {
        Path git = Files.createDirectories(repository.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/" + name + "\n");
        Files.createDirectories(git.resolve("refs/heads"));
        Files.writeString(git.resolve("refs/heads/" + name), sha + "\n");
    }
}
