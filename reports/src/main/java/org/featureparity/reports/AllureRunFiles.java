package org.featureparity.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.featureparity.evidence.RunInfo;

/**
 * The run-wide files of an Allure results directory: {@code categories.json}, {@code environment.properties} and,
 * on CI, {@code executor.json}.
 *
 * <p>Their bytes depend only on the run and the build facts, so writing them twice gives the same files: the verdict
 * writer writes them before it hashes the directory, and the Allure writer may write them again in any order
 * without invalidating the verdict's manifest.
 */
final class AllureRunFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AllureRunFiles() {
    }

    static void write(Path resultsDirectory, RunInfo run, BuildFacts facts) {
        try {
            AtomicFiles.write(resultsDirectory.resolve(AllureCategories.FILE_NAME),
                    JSON.writeValueAsBytes(AllureCategories.json(JSON)));
            AtomicFiles.write(resultsDirectory.resolve(EnvironmentProperties.FILE_NAME),
                    EnvironmentProperties.render(run, facts).getBytes(StandardCharsets.ISO_8859_1));
            if (facts.executor().isPresent()) {
                AtomicFiles.write(resultsDirectory.resolve(CiExecutor.FILE_NAME),
                        JSON.writeValueAsBytes(facts.executor().get().json()));
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
