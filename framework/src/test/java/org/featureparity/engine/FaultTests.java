package org.featureparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.featureparity.engine.fixtures.FaultsSuiteTestCase;
import org.featureparity.testing.FaultInjectingListener;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * Faults a run against real stores must survive: the affected checks end as errors naming the cause, nothing hangs,
 * the other groups complete, and no connection is left open.
 */
class FaultTests {

    private static final UniqueId SUITE = UniqueId.forEngine("feature-parity").append("suite", FaultsSuiteTestCase.class.getName());

    @BeforeAll
    static void stores() {
        TestDatabase.load("stores/faults_fixture.sql");
    }

    @AfterEach
    void noFaultLeftArmed() throws SQLException {
        FaultInjectingListener.clear();
        assertThat(openConnectionsOnceSettled()).as("connections the run left open").isZero();
    }

    @Test
    void aBackendKilledMidScanErrorsThatGroupOnly() {
        CompletableFuture<Void> killer = CompletableFuture.runAsync(FaultTests::terminateTheSlowScan);

        EngineExecutionResults results = run(Map.of(), selectClass(FaultsSuiteTestCase.class));
        killer.join();

        Map<String, String> outcomes = outcomes(results);
        assertThat(outcomes.get("b_slow/coverage")).startsWith("ERROR").contains("terminating connection due to administrator command");
        assertThat(outcomes.get("b_slow/values/v")).startsWith("ERROR");
        assertThat(outcomes).containsEntry("a_quick/coverage", "PASS").containsEntry("c_last/coverage", "PASS")
                .containsEntry("c_last/values/v", "PASS");
    }

    @Test
    void aStoreStoppedBetweenChecksErrorsTheChecksAfterIt() throws IOException {
        try (EmbeddedPostgres store = EmbeddedPostgres.builder().start()) {
            load(store, "stores/faults_fixture.sql");
            FaultInjectingListener.after("a_quick", "values", () -> close(store));
            String url = store.getJdbcUrl("postgres", "postgres");

            EngineExecutionResults results = run(Map.of("parity.store.old.url", url, "parity.store.new.url", url),
                    selectClass(FaultsSuiteTestCase.class));

            Map<String, String> outcomes = outcomes(results);
            assertThat(outcomes).containsEntry("a_quick/values/v", "PASS");
            assertThat(outcomes.get("b_slow/coverage")).startsWith("ERROR").contains("unreachable");
            assertThat(outcomes.get("c_last/values/v")).startsWith("ERROR").contains("unreachable");
        }
    }

    @Test
    void aSlowSideIsCancelledByTheStatementTimeout() {
        EngineExecutionResults results = run(Map.of("parity.timeout.statement", "PT1S"),
                selectUniqueId(SUITE.append("group", "b_slow").append("check", "coverage")));

        assertThat(outcomes(results).get("b_slow/coverage")).startsWith("ERROR")
                .contains("statement cancelled after its time limit (PT1S");
    }

    @Test
    void aSlowSideIsStoppedByTheCheckTimeout() {
        EngineExecutionResults results = run(Map.of("parity.timeout.check", "PT1S"),
                selectUniqueId(SUITE.append("group", "b_slow").append("check", "coverage")));

        assertThat(outcomes(results).get("b_slow/coverage")).startsWith("ERROR").contains("statement cancelled after its time limit");
    }

    @Test
    void anUnreachableStoreErrorsEveryCheckWithoutItsPassword() {
        EngineExecutionResults results = run(Map.of("parity.store.new.url", "jdbc:postgresql://127.0.0.1:1/features?password=hunter2",
                        "parity.store.new.password", "hunter2"),
                selectUniqueId(SUITE.append("group", "a_quick")));

        Map<String, String> outcomes = outcomes(results);
        assertThat(outcomes).isNotEmpty().allSatisfy((check, outcome) ->
                assertThat(outcome).startsWith("ERROR").contains("new store").contains("unreachable").doesNotContain("hunter2"));
    }

    @Test
    void aFailingEvidenceListenerTurnsAPassIntoAnError() {
        FaultInjectingListener.after("a_quick", "coverage", () -> {
            throw new IllegalStateException("report disk full");
        });

        EngineExecutionResults results = run(Map.of(), selectUniqueId(SUITE.append("group", "a_quick")));

        assertThat(outcomes(results).get("a_quick/coverage")).startsWith("ERROR").contains("report disk full");
    }

    private static EngineExecutionResults run(Map<String, String> configuration, DiscoverySelector selector) {
        EngineTestKit.Builder kit = EngineTestKit.engine("feature-parity").selectors(selector)
                .configurationParameter("parity.store.old.url", TestDatabase.url())
                .configurationParameter("parity.store.new.url", TestDatabase.url())
                .configurationParameter("parity.fetch-size", "100");
        configuration.forEach(kit::configurationParameter);
        return kit.execute();
    }

    /** Check path (group/check[/feature]) to PASS, FAIL or "ERROR: message", from the finished test events. */
    private static Map<String, String> outcomes(EngineExecutionResults results) {
        return results.testEvents().finished().stream().collect(Collectors.toMap(FaultTests::path, FaultTests::outcome));
    }

    private static String path(Event event) {
        List<String> values = event.getTestDescriptor().getUniqueId().getSegments().stream()
                .filter(s -> List.of("group", "check", "feature").contains(s.getType()))
                .map(UniqueId.Segment::getValue).toList();
        return String.join("/", values);
    }

    private static String outcome(Event event) {
        TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
        return switch (result.getStatus()) {
            case SUCCESSFUL -> "PASS";
            case FAILED -> result.getThrowable().filter(AssertionFailedError.class::isInstance).isPresent()
                    ? "FAIL" : "ERROR: " + result.getThrowable().map(Throwable::getMessage).orElse("");
            case ABORTED -> "ABORTED";
        };
    }

    /** Waits for the slow scan to be running, then kills its backend as an operator would. */
    private static void terminateTheSlowScan() {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < giveUp) {
            try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                 ResultSet killed = statement.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         + "WHERE pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%faults.slowly%ORDER BY%'")) {
                if (killed.next()) {
                    return;
                }
                Thread.sleep(20);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the slow scan never started");
    }

    /**
     * A closed client connection ends its server backend asynchronously: under load the count can lag the close by
     * a moment, while a leaked connection stays open however long one waits.
     */
    private static long openConnectionsOnceSettled() throws SQLException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long open = openConnections();
        while (open > 0 && System.nanoTime() < giveUp) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            open = openConnections();
        }
        return open;
    }

    private static long openConnections() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void load(EmbeddedPostgres store, String resource) throws IOException {
        try (InputStream in = FaultTests.class.getClassLoader().getResourceAsStream(resource);
             Connection connection = store.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(EmbeddedPostgres store) {
        try {
            store.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
