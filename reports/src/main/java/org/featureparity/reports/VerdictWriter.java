package org.featureparity.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.RunInfo;

/** Collects a run's check evidence and, when the run ends, writes {@code verdict.json} into its report directory. */
public final class VerdictWriter implements EvidenceListener {

    static final String FILE_NAME = "verdict.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Earlier runs' checks in this JVM, by report directory. Surefire runs a module's test classes in one JVM, and
     * a {@code @Suite} class starts its own engine run beside the plain one: the verdict must cover both, not
     * whichever finished last.
     */
    private static final Map<Path, JvmRuns> RUNS_BY_DIRECTORY = new ConcurrentHashMap<>();

    private final Clock clock;
    private final Function<RunInfo, Path> allureResults;
    private final Supplier<BuildFacts> facts;
    private final List<CheckEvidence> checks = new ArrayList<>();

    /** For {@link java.util.ServiceLoader}: the Allure results directory resolved as the Allure writer does. */
    public VerdictWriter() {
        this(Clock.systemUTC(), AllureEvidenceWriter::resultsDirectory, BuildFacts::current);
    }

    VerdictWriter(Clock clock, Function<RunInfo, Path> allureResults, BuildFacts facts) {
        this(clock, allureResults, () -> facts);
    }

    private VerdictWriter(Clock clock, Function<RunInfo, Path> allureResults, Supplier<BuildFacts> facts) {
        this.clock = clock;
        this.allureResults = allureResults;
        this.facts = facts;
    }

    @Override
    public synchronized void runStarted(RunInfo run) {
        // A listener may outlive one run (an IDE re-running in the same JVM): never mix two runs' checks.
        checks.clear();
        // A run killed before it ends (a cancelled CI job, an out-of-memory JVM) writes no verdict: it must not leave
        // an earlier run's PASS behind for a gate to read.
        Path directory = run.reportDirectory().toAbsolutePath().normalize();
        try {
            AtomicFiles.write(directory.resolve(FILE_NAME), JSON.writeValueAsBytes(VerdictDocument.inProgress(run)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Synchronized because a parallel engine may finish checks on several threads.
    @Override
    public synchronized void checkFinished(CheckEvidence evidence) {
        checks.add(evidence);
    }

    /**
     * Writes the summary page, then the run's Allure files, then {@code verdict.json} with the manifest of them all.
     *
     * <p>The framework calls listeners in no promised order, so this writer does not wait for the Allure writer: it
     * writes the run-wide Allure files itself ({@link AllureRunFiles} gives the same bytes whoever writes them) and
     * hashes the results directory afterwards. Check results and attachments are already there, since the Allure
     * writer writes each as its check finishes. Uses only the {@code run} passed in, so a missing
     * {@code runStarted} still gives a complete file.
     */
    @Override
    public synchronized void runFinished(RunInfo run) {
        Path directory = run.reportDirectory().toAbsolutePath().normalize();
        JvmRuns runs = RUNS_BY_DIRECTORY.computeIfAbsent(directory, d -> new JvmRuns(run));
        try {
            List<CheckEvidence> all = runs.add(run, checks);
            ObjectNode document = VerdictDocument.of(runs.first(), clock.instant(), all, KeyRedaction.of(run));
            MigrationTrend trend = MigrationTrend.directory(run).map(trendDirectory -> MigrationTrend.record(trendDirectory, document))
                    .orElseGet(MigrationTrend::none);
            AtomicFiles.write(directory.resolve(SummaryPage.FILE_NAME),
                    SummaryPage.render(document, trend).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(directory.resolve(DependencyGraphSvg.FILE_NAME),
                    DependencyGraphSvg.render(MigrationGraph.of(all)).getBytes(StandardCharsets.UTF_8));
            Path allure = allureResults.apply(run);
            AllureRunFiles.write(allure, run, facts.get());
            EvidenceManifest manifest = EvidenceManifest.of(directory, allure, EvidenceManifest.verdictSha256(document));
            document.set(EvidenceManifest.FIELD, manifest.json());
            AtomicFiles.write(directory.resolve(FILE_NAME), JSON.writeValueAsBytes(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } finally {
            checks.clear();
        }
    }

    /** The checks of every run in this JVM that wrote to one directory; a re-run check replaces its earlier result. */
    private static final class JvmRuns {
        private RunInfo first;
        private final Map<String, CheckEvidence> byUniqueId = new LinkedHashMap<>();

        JvmRuns(RunInfo first) {
            this.first = first;
        }

        /** Adds a run's checks; its environment (the stores it used) joins the first run's. */
        synchronized List<CheckEvidence> add(RunInfo run, List<CheckEvidence> checks) {
            Map<String, String> environment = new java.util.TreeMap<>(first.environment());
            environment.putAll(run.environment());
            first = first.withEnvironment(environment);
            return add(checks);
        }

        private List<CheckEvidence> add(List<CheckEvidence> run) {
            run.forEach(check -> {
                byUniqueId.remove(check.uniqueId());
                byUniqueId.put(check.uniqueId(), check);
            });
            return List.copyOf(byUniqueId.values());
        }

        synchronized RunInfo first() {
            return first;
        }
    }
}
