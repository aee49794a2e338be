package org.featureparity.reports;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the build around the run tells an auditor: the commit under test and the CI build that ran it.
 *
 * <p>Read from an environment map and a working directory handed in, so tests never depend on the real ones.
 */
record BuildFacts(Optional<String> gitCommit, Optional<CiExecutor> executor) {

    static final BuildFacts NONE = new BuildFacts(Optional.empty(), Optional.empty());

    static BuildFacts from(Map<String, String> environment, Path workingDirectory) {
        return new BuildFacts(GitCommit.find(environment, workingDirectory), CiExecutor.from(environment));
    }

    /** The facts of this process: its environment variables and working directory. */
    static BuildFacts current() {
        return from(System.getenv(), Path.of("").toAbsolutePath());
    }
}
