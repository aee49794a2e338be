package org.featureparity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.DECIMAL;
import static org.featureparity.contract.Contracts.STRING;
import static org.featureparity.contract.Contracts.TIMESTAMPTZ;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.table;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.featureparity.check.CheckOutcome;
import org.featureparity.check.CoverageCheck;
import org.featureparity.check.DistributionCheck;
import org.featureparity.check.NullRateCheck;
import org.featureparity.check.GroupRun;
import org.featureparity.check.SchemaCheck;
import org.featureparity.check.ValuesCheck;
import org.featureparity.contract.ContractBuilder;
import org.featureparity.contract.ContractException;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.yaml.YamlContractReader;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.jdbc.JdbcFeatureStore;
import org.featureparity.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed and hostile input, each with the outcome the framework gives it. The list is {@code docs/bad-inputs.md}:
 * this test renders it from the cases and fails when the document differs, so it cannot drift
 * ({@code -Dparity.update-docs=true} rewrites it).
 */
class BadInputsTests {

    private static final Path DOCUMENT = Path.of("../docs/bad-inputs.md");
    private static final String FILE = "bad-input.parity.yaml";
    private static final Map<String, String> OUTCOMES = new LinkedHashMap<>();
    private static FeatureStore store;

    private record Case(String category, String input, Supplier<String> run, Predicate<String> expected, String expectation) {
    }

    @BeforeAll
    static void stores() {
        TestDatabase.load("stores/bad_inputs_fixture.sql");
        store = new JdbcFeatureStore("old", TestDatabase::connect, TestDatabase.url(), Duration.ofMinutes(1));
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputGetsAClearOutcomeAndNeverAPass() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.category() + ": " + c.input(), () ->
                assertThat(outcome(c)).as(c.expectation()).matches(c.expected())));
    }

    @Test
    void theDocumentListsEveryInputWithItsOutcome() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("parity.update-docs")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/bad-inputs.md is out of date: run mvn -pl framework test -Dtest=BadInputsTests -Dparity.update-docs=true")
                .isEqualTo(rendered);
    }

    @Test
    void noHostileIdentifierTouchedTheStore() throws SQLException {
        cases().forEach(BadInputsTests::outcome);
        try (Connection connection = TestDatabase.connect();
             ResultSet victim = connection.createStatement().executeQuery("select count(*) from bad.victim")) {
            victim.next();
            assertThat(victim.getLong(1)).isEqualTo(1);
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // contract files: every field, wrong in every way a person or a generator gets it wrong
        String valid = """
                group: g
                entity: [user_id]
                old: { table: bad.plain }
                new: { table: bad.plain }
                features:
                  - { name: score, type: float64 }
                """;
        rejected(cases, "group is a list", valid.replace("group: g", "group: [g]"), "group");
        rejected(cases, "group name with upper case and a quote", valid.replace("group: g", "group: \"Bad'Name\""), "group");
        rejected(cases, "unknown top-level key", valid + "colour: blue\n", "colour");
        rejected(cases, "unknown key inside a feature", valid.replace("type: float64 }", "type: float64, units: ms }"), "units");
        rejected(cases, "missing entity", valid.replace("entity: [user_id]\n", ""), "entity");
        rejected(cases, "empty entity list", valid.replace("entity: [user_id]", "entity: []"), "entity");
        rejected(cases, "entity key listed twice", valid.replace("entity: [user_id]", "entity: [user_id, user_id]"), "entity");
        rejected(cases, "no features", valid.substring(0, valid.indexOf("features:")) + "features: []\n", "features");
        rejected(cases, "duplicate feature", valid + "  - { name: score, type: float64 }\n", "features[1].name");
        rejected(cases, "feature named like a key column", valid + "  - { name: user_id, type: int64 }\n", "features[1].name");
        rejected(cases, "unknown type name", valid.replace("float64", "int65"), "features[0].type");
        rejected(cases, "decimal scale above its precision", valid.replace("float64", "\"decimal(2,5)\""), "features[0].type");
        rejected(cases, "decimal precision of 11 digits", valid.replace("float64", "\"decimal(99999999999,2)\""), "features[0].type");
        rejected(cases, "negative absolute tolerance", valid.replace("float64 }", "float64, tolerance: { absolute: -0.1 } }"), "features[0].tolerance");
        rejected(cases, "negative relative tolerance", valid.replace("float64 }", "float64, tolerance: { relative: -1e-6 } }"), "features[0].tolerance");
        rejected(cases, "ulps tolerance on an integer feature", valid.replace("float64 }", "int64, tolerance: { ulps: 2 } }"), "features[0].tolerance");
        rejected(cases, "two tolerances at once", valid.replace("float64 }", "float64, tolerance: { absolute: 1, relative: 1 } }"), "features[0].tolerance");
        rejected(cases, "nullable given as a string", valid.replace("float64 }", "float64, nullable: \"no\" }"), "features[0].nullable");
        rejected(cases, "agreement threshold above 1", valid + "gate: { agreement: 1.5 }\n", "gate");
        rejected(cases, "coverage threshold below 0", valid + "gate: { coverage: -0.1 }\n", "gate");
        rejected(cases, "threshold given as a quoted string", valid + "gate: { agreement: \"0.99\" }\n", "gate.agreement");
        rejected(cases, "null-rate delta above 1", valid + "gate: { max_null_rate_delta: 1.5 }\n", "gate.max_null_rate_delta");
        rejected(cases, "negative PSI threshold", valid + "gate: { max_psi: -0.1 }\n", "gate.max_psi");
        rejected(cases, "KS threshold given as a quoted string", valid + "gate: { max_ks: \"0.1\" }\n", "gate.max_ks");
        rejected(cases, "sample fraction zero", valid + "sample: { fraction: 0, seed: 7 }\n", "sample.fraction");
        rejected(cases, "sample fraction above 1", valid + "sample: { fraction: 1.5 }\n", "sample.fraction");
        rejected(cases, "sample without a fraction", valid + "sample: { seed: 7 }\n", "sample.fraction");
        rejected(cases, "sample seed not a whole number", valid + "sample: { fraction: 0.1, seed: 7.5 }\n", "sample.seed");
        rejected(cases, "fail_fast max_mismatches zero", valid + "fail_fast: { max_mismatches: 0 }\n", "fail_fast.max_mismatches");
        rejected(cases, "fail_fast time budget negative", valid + "fail_fast: { time_budget: PT-10M }\n", "fail_fast.time_budget");
        rejected(cases, "fail_fast empty", valid + "fail_fast: {}\n", "fail_fast");
        rejected(cases, "window length zero", valid + "window: { timestamp: ts, length: PT0S, bounds: closed-open }\n", "window.length");
        rejected(cases, "window length negative", valid + "window: { timestamp: ts, length: PT-1H, bounds: closed-open }\n", "window.length");
        rejected(cases, "window length not a duration", valid + "window: { timestamp: ts, length: 24h, bounds: closed-open }\n", "window.length");
        rejected(cases, "unknown window bounds", valid + "window: { timestamp: ts, length: PT1H, bounds: half-open }\n", "window.bounds");
        rejected(cases, "unknown zone", valid + "window: { timestamp: ts, length: PT1H, bounds: closed-open, zone: Mars/Olympus }\n", "window.zone");
        rejected(cases, "both table and query", valid.replace("old: { table: bad.plain }", "old: { table: bad.plain, query: \"select 1\" }"), "old");
        rejected(cases, "neither table nor query", valid.replace("old: { table: bad.plain }", "old: {}"), "old");
        rejected(cases, "unknown serving tier", valid + "tier: platinum\n", "tier");
        rejected(cases, "consumers given as one string with commas", valid + "consumers: \"fraud_v7, churn_v2\"\n", "consumers");
        rejected(cases, "tag with a space", valid + "tags: [\"tier critical\"]\n", "tags");
        rejected(cases, "duplicate key in a mapping", valid + "group: h\n", "group");
        rejected(cases, "YAML syntax error", valid.replace("features:", "features: [unclosed"), "line");
        rejected(cases, "empty document", "", "document");
        rejected(cases, "a list instead of a mapping", "- group: g\n", "document");
        rejected(cases, "alias bomb (billion laughs)", aliasBomb(), "document");
        rejected(cases, "nesting 10,000 levels deep", "group: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "document");
        rejected(cases, "a 50 MB file", valid + "# " + "x".repeat(50 * 1024 * 1024) + "\n", "document");

        // stores: identifiers and data a migration meets in the wild
        stored(cases, "feature whose name is SQL (x; drop table bad.victim) in a table without it",
                contract("bad.plain", "bad.plain").feature("x; drop table bad.victim", FLOAT64, nullable()),
                "x; drop table bad.victim", o -> o.contains("schema FAIL") && o.contains("'x; drop table bad.victim' not found"));
        stored(cases, "feature whose name is SQL, present as a quoted column",
                contract("bad.we\"ird", "bad.we\"ird").feature("x; drop table bad.victim", org.featureparity.contract.Contracts.INT32),
                "x; drop table bad.victim", o -> o.contains("values PASS"));
        stored(cases, "table name that tries SQL injection",
                contract("bad.plain; drop table bad.victim", "bad.plain").feature("score", FLOAT64),
                "score", o -> o.contains("ERROR") && o.contains("'bad.plain; drop table bad.victim' does not exist"));
        stored(cases, "table name with a double quote and a unicode column",
                contract("bad.we\"ird", "bad.we\"ird").feature("größe", FLOAT64),
                "größe", o -> o.contains("values PASS"));
        stored(cases, "table that does not exist",
                contract("bad.nowhere", "bad.plain").feature("score", FLOAT64),
                "score", o -> o.contains("schema ERROR") && o.contains("'bad.nowhere' does not exist"));
        stored(cases, "column that does not exist (an undeclared rename)",
                contract("bad.plain", "bad.plain").feature("scor", FLOAT64),
                "scor", o -> o.contains("schema FAIL") && o.contains("similar column: 'score'"));
        stored(cases, "key column that does not exist",
                FeatureGroupContract.group("g").entity("customer_id").source(table("bad.plain"), table("bad.plain")).feature("score", FLOAT64),
                "score", o -> o.contains("keys FAIL") && o.contains("'customer_id' not found"));
        stored(cases, "key of different types in the two stores (bigint, text)",
                contract("bad.plain", "bad.text_keys").feature("score", FLOAT64),
                "score", o -> o.contains("values ERROR") && o.contains("key column 'user_id' is int8 in the old store but text in the new store"));
        stored(cases, "duplicate keys in a store",
                contract("bad.plain", "bad.duplicated").feature("score", FLOAT64),
                "score", o -> o.contains("coverage ERROR") && o.contains("duplicate key {user_id=7}"));
        stored(cases, "NULL in a key column",
                contract("bad.null_key", "bad.null_key").feature("score", FLOAT64),
                "score", o -> o.contains("coverage ERROR") && o.contains("NULL in key column 'user_id'"));
        stored(cases, "both stores empty",
                contract("bad.empty", "bad.empty").feature("score", FLOAT64),
                "score", o -> o.contains("coverage ERROR") && o.contains("zero rows") && o.contains("values ERROR")
                        && o.contains("null-rate ERROR") && o.contains("distribution ERROR"));
        stored(cases, "NaN, infinity and -0.0 equal on both sides (0.0 against -0.0)",
                contract("bad.special_old", "bad.special_new").feature("v", FLOAT64, nullable()),
                "v", o -> o.contains("values PASS") && o.contains("0 of 4 rows differ"));
        stored(cases, "NaN against a number, 0.0 against -0.0",
                contract("bad.special_old", "bad.special_drift").feature("v", FLOAT64, nullable()),
                "v", o -> o.contains("values FAIL") && o.contains("2 of 4 rows differ"));
        stored(cases, "decimals beyond double range (1e400)",
                contract("bad.special_old", "bad.special_drift").feature("d", DECIMAL, nullable()),
                "d", o -> o.contains("values FAIL") && o.contains("1 of 4 rows differ"));
        stored(cases, "1 MB strings differing in the last character",
                contract("bad.special_old", "bad.special_drift").feature("s", STRING, nullable()),
                "s", o -> o.contains("values FAIL") && o.contains("1 of 4 rows differ"));
        stored(cases, "timestamps at the limits (infinity, 4713 BC, 294276 AD)",
                contract("bad.special_old", "bad.special_drift").feature("t", TIMESTAMPTZ, nullable()),
                "t", o -> o.contains("values FAIL") && o.contains("1 of 4 rows differ"));
        // point-in-time and freshness fields (appended last so earlier rows keep their numbers)
        String history = valid.replace("entity: [user_id]\n", "entity: [user_id]\nas_of: ts\n");
        rejected(cases, "point_in_time without an as_of column", valid + "point_in_time: { samples: 10 }\n", "point_in_time");
        rejected(cases, "point_in_time samples zero", history + "point_in_time: { samples: 0 }\n", "point_in_time.samples");
        rejected(cases, "point_in_time ttl not a duration", history + "point_in_time: { ttl: 7 days }\n", "point_in_time.ttl");
        rejected(cases, "point_in_time keys from a table and a CSV at once",
                history + "point_in_time: { keys: { table: t.keys, csv: keys.csv } }\n", "point_in_time.keys");
        rejected(cases, "unknown key inside point_in_time", history + "point_in_time: { seed: 4 }\n", "point_in_time.seed");
        rejected(cases, "max_staleness negative", history + "max_staleness: PT-6H\n", "max_staleness");
        rejected(cases, "max_staleness without an as_of column", valid + "max_staleness: PT6H\n", "max_staleness");
        rejected(cases, "unknown contract zone", valid + "zone: Mars/Olympus\n", "zone");
        String pipelines = valid + """
                pipelines:
                  events: { schema: e.sql, table: events.e, event_id: id, entity: user_id, event_time: ts }
                  old: { sql: old.sql }
                  new: { sql: new.sql }
                """;
        rejected(cases, "stores_as_of without an offset", pipelines + "  stores_as_of: 2026-11-01T00:00:00\n",
                "pipelines.stores_as_of");
        rejected(cases, "stores_as_of not a time", pipelines + "  stores_as_of: yesterday\n", "pipelines.stores_as_of");
        return cases;
    }

    private static void rejected(List<Case> cases, String input, String yaml, String field) {
        cases.add(new Case("contract file", input, () -> readYaml(yaml),
                o -> o.startsWith("rejected") && o.contains(field) && o.contains(FILE), "rejected, naming the file and '" + field + "'"));
    }

    private static void stored(List<Case> cases, String input, ContractBuilder contract, String feature, Predicate<String> expected) {
        cases.add(new Case("store", input, () -> runChecks(contract, feature), expected, "the checks report it"));
    }

    private static ContractBuilder contract(String oldTable, String newTable) {
        return FeatureGroupContract.group("g").entity("user_id").source(table(oldTable), table(newTable));
    }

    private static String outcome(Case c) {
        synchronized (OUTCOMES) {
            return OUTCOMES.computeIfAbsent(c.category() + "|" + c.input(), k -> c.run().get());
        }
    }

    private static String readYaml(String yaml) {
        try {
            YamlContractReader.read(FILE, new StringReader(yaml));
            return "accepted";
        } catch (ContractException e) {
            return "rejected: " + e.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
        }
    }

    /** Runs the group's checks for one feature the way the engine does, each to PASS, FAIL or ERROR with its message. */
    private static String runChecks(ContractBuilder builder, String featureName) {
        FeatureGroupContract contract = builder.build();
        FeatureSpec feature = contract.feature(featureName).orElseThrow();
        GroupRun run = new GroupRun(contract, side -> store, Set.of(featureName), 100).profiling(Set.of(featureName));
        List<String> parts = new ArrayList<>();
        parts.add("keys " + outcomeOf(() -> SchemaCheck.keys(run)));
        parts.add("schema " + outcomeOf(() -> SchemaCheck.feature(run, feature)));
        parts.add("coverage " + outcomeOf(() -> CoverageCheck.run(run)));
        parts.add("values " + outcomeOf(() -> ValuesCheck.run(run, feature)));
        parts.add("null-rate " + outcomeOf(() -> NullRateCheck.run(run, feature)));
        parts.add("distribution " + outcomeOf(() -> DistributionCheck.run(run, feature)));
        return String.join("; ", parts);
    }

    private static String outcomeOf(Supplier<CheckOutcome> check) {
        try {
            CheckOutcome outcome = check.get();
            return outcome.status() + " (" + outcome.message() + ")";
        } catch (RuntimeException e) {
            return "ERROR (" + e.getMessage() + ")";
        }
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    private static String render() {
        StringBuilder document = new StringBuilder("""
                # Bad inputs and what FeatureParity does with them

                Generated by `BadInputsTests` (framework module), which fails when this file differs from what the
                framework does today. Regenerate with
                `mvn -pl framework test -Dtest=BadInputsTests -Dparity.update-docs=true`.

                Contract files are read with `YamlContractReader` as `bad-input.parity.yaml`; every problem names the
                file, line and field, and all problems of a file are reported together. Store inputs run the group's
                checks against a real PostgreSQL; an outcome that is not a PASS is never turned into one. No input
                changed the store (`bad.victim` still holds its row).

                | # | kind | input | outcome |
                |---|---|---|---|
                """);
        List<Case> cases = cases();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            document.append("| ").append(i + 1).append(" | ").append(c.category()).append(" | ").append(cell(c.input()))
                    .append(" | ").append(cell(outcome(c))).append(" |\n");
        }
        return document.toString();
    }

    private static String cell(String text) {
        String flat = text.replace("\n", " ").replace("|", "\\|");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }
}
