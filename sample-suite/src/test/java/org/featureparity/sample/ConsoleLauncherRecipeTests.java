package org.featureparity.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Console Launcher recipe, run as written against two databases the framework did not start: the
 * contract file, the store URLs and password variable, the group tag. The exit status is the CI gate.
 */
class ConsoleLauncherRecipeTests {

    private static EmbeddedPostgres oldDatabase;
    private static EmbeddedPostgres newDatabase;

    @TempDir
    Path reportDirectory;

    @BeforeAll
    static void startTwoExternalDatabases() throws Exception {
        oldDatabase = EmbeddedPostgres.builder().start();
        newDatabase = EmbeddedPostgres.builder().start();
        load(oldDatabase, "common/events.sql", "legacy/batch_features.sql");
        load(newDatabase, "common/events.sql", "streaming/feature_views.sql");
    }

    @AfterAll
    static void stop() throws IOException {
        oldDatabase.close();
        newDatabase.close();
    }

    @Test
    void passesTheGateWhenTheStoresAgree() throws IOException {
        Run run = launch("group:user_activity");

        assertThat(run.exitCode).as(run.output).isZero();
        // 14 checks of the stores (8, and null-rate and distribution per feature) and 3 of the contract's pipelines
        // (the equivalence property, window-bounds, leakage)
        assertThat(run.output).contains("17 tests successful");
        JsonNode verdict = new ObjectMapper().readTree(reportDirectory.resolve("verdict.json").toFile());
        assertThat(verdict.path("verdict").asText()).isEqualTo("PASS");
        assertThat(verdict.toString()).contains("store.old.url").doesNotContain("password=");
    }

    @Test
    void failsTheGateWhenTheNewStoreDrifts() throws Exception {
        try {
            execute(newDatabase, "UPDATE streaming.feature_clock SET as_of = as_of + INTERVAL '1 hour'");
            Run run = launch("group:user_activity");

            assertThat(run.exitCode).as(run.output).isEqualTo(1);
            JsonNode verdict = new ObjectMapper().readTree(reportDirectory.resolve("verdict.json").toFile());
            assertThat(verdict.path("verdict").asText()).isEqualTo("FAIL");
        } finally {
            execute(newDatabase, "UPDATE streaming.feature_clock SET as_of = TIMESTAMPTZ '2026-11-01 00:00:00+00'");
        }
    }

    @Test
    void failsTheGateWhenTheTagSelectsNoCheck() {
        Run run = launch("group:no_such_group");

        assertThat(run.exitCode).as(run.output).isEqualTo(2);
        assertThat(run.output).contains("0 tests found");
    }

    @Test
    void leavesNoPasswordInAnythingItWrote() throws IOException {
        String password = "Pa55-w0rd-that-must-not-leak";
        Run run = launch("group:user_activity", "&password=" + password, "--config", "parity.store.old.password=" + password);

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output).doesNotContain(password);
        List<Path> written;
        try (var files = Files.walk(reportDirectory)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertThat(written).hasSizeGreaterThan(10);
        for (Path file : written) {
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(password);
        }
        assertThat(Files.readString(reportDirectory.resolve("verdict.json"))).contains("password=****");
    }

    /**
     * The same data and seed give the same verdict, byte for byte, once the fields that record when (run and check
     * start and finish) and the manifest of this run's files (their names are random UUIDs) are set aside.
     */
    @Test
    void twoRunsOnTheSameDataAndSeedWriteTheSameVerdict() throws IOException {
        String first = runWithSeed();
        String second = runWithSeed();

        assertThat(withoutWhenAndFiles(second)).isEqualTo(withoutWhenAndFiles(first));
        assertThat(first).contains("\"seed\" : 7");
    }

    private String runWithSeed() throws IOException {
        Path directory = Files.createTempDirectory(reportDirectory, "run");
        Run run = launchInto(directory, "group:user_activity", "", "--config", "parity.seed=7");
        assertThat(run.exitCode).as(run.output).isZero();
        return Files.readString(directory.resolve("verdict.json"));
    }

    private static String withoutWhenAndFiles(String verdict) {
        String withoutTimes = verdict.replaceAll("\"(started|finished)\" : \"[^\"]*\"", "\"$1\" : \"…\"");
        return withoutTimes.substring(0, withoutTimes.indexOf("\"evidence\""));
    }

    private Run launch(String tag) {
        return launch(tag, "");
    }

    private Run launch(String tag, String oldUrlSuffix, String... extra) {
        return launchInto(reportDirectory, tag, oldUrlSuffix, extra);
    }

    /** Runs the README recipe writing evidence into {@code directory}; {@code oldUrlSuffix} goes on the old URL. */
    private Run launchInto(Path directory, String tag, String oldUrlSuffix, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("execute",
                "--disable-banner", "--details=summary", "--fail-if-no-tests",
                "--select-directory", Path.of("src/test/resources/contracts").toString(),
                "--include-tag", tag,
                "--config", "parity.store.old.url=" + oldDatabase.getJdbcUrl("postgres", "postgres") + oldUrlSuffix,
                "--config", "parity.store.new.url=" + newDatabase.getJdbcUrl("postgres", "postgres"),
                "--config", "parity.store.new.user=postgres",
                "--config", "parity.report.dir=" + directory,
                "--config", "allure.results.directory=" + directory.resolve("allure-results")));
        arguments.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ToolProvider.findFirst("junit").orElseThrow()
                .run(new PrintWriter(out, true), new PrintWriter(err, true), arguments.toArray(String[]::new));
        return new Run(exitCode, out + "\n" + err);
    }

    private record Run(int exitCode, String output) {
    }

    private static void load(EmbeddedPostgres database, String... scripts) throws Exception {
        for (String script : scripts) {
            try (InputStream in = ConsoleLauncherRecipeTests.class.getClassLoader().getResourceAsStream(script)) {
                execute(database, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static void execute(EmbeddedPostgres database, String sql) throws Exception {
        try (Connection connection = database.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
