package org.featureparity.reports;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.PropertiesUtils;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.evidence.EvidenceListener;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.RunInfo;

/**
 * Writes each check's evidence as an Allure result, and on the run's end the report's categories and environment.
 *
 * <p>Results are built from evidence and written straight to files, without {@code AllureLifecycle} and its
 * thread-local state: a check's result is complete when its evidence arrives.
 */
public final class AllureEvidenceWriter implements EvidenceListener {

    /** Allure's own key for the results directory. */
    public static final String RESULTS_DIRECTORY_KEY = "allure.results.directory";
    static final String DEFAULT_RESULTS_DIRECTORY = "target/allure-results";

    static final String MISMATCHES = "Top mismatches by delta";
    static final String SCHEMA_DIFF = "Schema diff";
    static final String DISTRIBUTION = "Distribution old vs new";

    private final boolean directoryGiven;
    private final Supplier<BuildFacts> facts;
    private Path resultsDirectory;
    private AllureResultsWriter results;
    private KeyRedaction keyRedaction = KeyRedaction.OFF;

    /**
     * For {@link java.util.ServiceLoader}: the run's {@code allure.results.directory} configuration parameter, else
     * the directory Allure itself would use, else {@code target/allure-results}.
     */
    public AllureEvidenceWriter() {
        this(defaultResultsDirectory(), false, BuildFacts::current);
    }

    public AllureEvidenceWriter(Path resultsDirectory) {
        this(resultsDirectory, true, BuildFacts::current);
    }

    /** With the build facts handed in, so tests do not depend on the real environment. */
    AllureEvidenceWriter(Path resultsDirectory, BuildFacts facts) {
        this(resultsDirectory, true, () -> facts);
    }

    private AllureEvidenceWriter(Path resultsDirectory, boolean directoryGiven,
                                 Supplier<BuildFacts> facts) {
        this.directoryGiven = directoryGiven;
        this.facts = facts;
        useDirectory(resultsDirectory);
    }

    private void useDirectory(Path directory) {
        this.resultsDirectory = directory.toAbsolutePath();
        this.results = new FileSystemResultsWriter(this.resultsDirectory);
    }

    @Override
    public void runStarted(RunInfo run) {
        keyRedaction = KeyRedaction.of(run);
        // a run configured through JUnit (e.g. EngineTestKit, @ConfigurationParameter) keeps its evidence apart
        if (!directoryGiven) {
            run.configuration().apply(RESULTS_DIRECTORY_KEY).map(Path::of).ifPresent(this::useDirectory);
        }
    }

    /** Where a run's results go: its {@code allure.results.directory} parameter, else {@link #defaultResultsDirectory}. */
    static Path resultsDirectory(RunInfo run) {
        return run.configuration().apply(RESULTS_DIRECTORY_KEY).map(Path::of).map(Path::toAbsolutePath)
                .orElseGet(AllureEvidenceWriter::defaultResultsDirectory);
    }

    /** Read like Allure reads it: a system property, else {@code allure.properties} on the class path. */
    static Path defaultResultsDirectory() {
        String configured = PropertiesUtils.loadAllureProperties()
                .getProperty(RESULTS_DIRECTORY_KEY, DEFAULT_RESULTS_DIRECTORY);
        return Path.of(configured).toAbsolutePath();
    }

    Path resultsDirectory() {
        return resultsDirectory;
    }

    @Override
    public void checkFinished(CheckEvidence evidence) {
        String uuid = UUID.randomUUID().toString();
        TestResult result = AllureResultFactory.create(uuid, evidence);
        // Attachments first: a result file must never point at an attachment that is not there yet.
        List<Attachment> attachments = new ArrayList<>();
        List<Mismatch> mismatches = keyRedaction.apply(evidence.mismatches());
        if (!mismatches.isEmpty()) {
            attachments.add(attach(MISMATCHES, MismatchCsv.MEDIA_TYPE, MismatchCsv.EXTENSION,
                    MismatchCsv.render(mismatches)));
            attachments.add(attach(MISMATCHES + " (table)", MismatchHtml.MEDIA_TYPE, MismatchHtml.EXTENSION,
                    MismatchHtml.render(MISMATCHES + ": " + AllureResultFactory.name(evidence), mismatches)));
        }
        SchemaDiff.of(evidence).ifPresent(diff -> attachments.add(attach(SCHEMA_DIFF, MismatchHtml.MEDIA_TYPE,
                MismatchHtml.EXTENSION, SchemaDiffHtml.render(SCHEMA_DIFF + ": " + AllureResultFactory.name(evidence),
                        diff))));
        evidence.distribution().ifPresent(distribution -> attachments.add(attach(DISTRIBUTION, DistributionSvg.MEDIA_TYPE,
                DistributionSvg.EXTENSION, DistributionSvg.render(DISTRIBUTION + ": " + AllureResultFactory.name(evidence),
                        distribution))));
        for (EvidenceAttachment attachment : evidence.attachments()) {
            attachments.add(attach(attachment.name(), attachment.mediaType(), attachment.fileExtension(),
                    attachment.content()));
        }
        results.write(result.setAttachments(attachments));
    }

    private Attachment attach(String name, String mediaType, String extension, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        // Tolerate ".sql" as well as "sql": a doubled dot would hide the type from the report.
        String source = UUID.randomUUID() + "-attachment." + extension.replaceFirst("^\\.", "");
        results.write(source, new ByteArrayInputStream(bytes));
        return new Attachment().setName(name).setType(mediaType).setSource(source).setSize((long) bytes.length);
    }

    /** Writes the same bytes as the verdict writer does for this run, so their order does not matter. */
    @Override
    public void runFinished(RunInfo run) {
        AllureRunFiles.write(resultsDirectory, run, facts.get());
    }
}
