package org.featureparity.contract.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.featureparity.contract.Contracts.FLOAT32;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.INT32;
import static org.featureparity.contract.Contracts.INT64;
import static org.featureparity.contract.Contracts.TIMESTAMPTZ;
import static org.featureparity.contract.Contracts.absolute;
import static org.featureparity.contract.Contracts.agreement;
import static org.featureparity.contract.Contracts.decimal;
import static org.featureparity.contract.Contracts.exact;
import static org.featureparity.contract.Contracts.nanDiffersFromNan;
import static org.featureparity.contract.Contracts.newName;
import static org.featureparity.contract.Contracts.notNull;
import static org.featureparity.contract.Contracts.nullEqualsZero;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.oldName;
import static org.featureparity.contract.Contracts.query;
import static org.featureparity.contract.Contracts.relative;
import static org.featureparity.contract.Contracts.table;
import static org.featureparity.contract.Contracts.threshold;
import static org.featureparity.contract.Contracts.ulps;
import static org.featureparity.contract.Contracts.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.ContractException;
import org.featureparity.contract.ContractProblem;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.GatePolicy;
import org.featureparity.contract.Lineage;
import org.featureparity.contract.NullSemantics;
import org.featureparity.contract.Tolerance;
import org.featureparity.contract.WindowSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlContractReaderTests {

    private static final String ORIGIN = "test.parity.yaml";
    private static final String RESOURCE = "contracts/user_activity.parity.yaml";
    private static final String RESOURCE_ORIGIN = "classpath:" + RESOURCE;

    @Nested
    class Reads {

        @Test
        void everyFieldOfAFullContract() throws IOException {
            FeatureGroupContract contract = readResource();

            assertThat(contract.name()).isEqualTo("user_activity");
            assertThat(contract.version()).contains("3");
            assertThat(contract.owner()).contains("risk-ml");
            assertThat(contract.tags()).containsExactly("tier:critical", "team:risk");
            assertThat(contract.entity()).containsExactly("user_id");
            assertThat(contract.asOf()).contains("computed_at");
            assertThat(contract.oldSource()).isEqualTo(table("legacy.user_activity_features"));
            assertThat(contract.newSource()).isEqualTo(query("select * from streaming.user_activity_features"));
            assertThat(contract.features()).containsExactly(
                    new FeatureSpec("events_last_24h", INT64, false, exact(), NullSemantics.STRICT,
                            Optional.empty(), Optional.empty(), OptionalDouble.empty()),
                    new FeatureSpec("total_value_last_24h", decimal(18, 2), true,
                            new Tolerance.Absolute(new BigDecimal("0.01")), NullSemantics.STRICT,
                            Optional.empty(), Optional.empty(), OptionalDouble.empty()),
                    new FeatureSpec("ratio", FLOAT64, true, new Tolerance.Relative(new BigDecimal("0.000001")),
                            new NullSemantics(true, false), Optional.empty(), Optional.empty(), OptionalDouble.empty()),
                    new FeatureSpec("purchase_count", INT32, false, exact(), NullSemantics.STRICT,
                            Optional.of("purchases"), Optional.empty(), OptionalDouble.of(0.9)),
                    new FeatureSpec("last_seen", FeatureType.timestamptz(3), true, within(Duration.ofMillis(1)),
                            NullSemantics.STRICT, Optional.empty(), Optional.of("last_seen_at"), OptionalDouble.empty()),
                    new FeatureSpec("score_bits", FLOAT32, true, new Tolerance.Ulps(4), NullSemantics.STRICT,
                            Optional.empty(), Optional.empty(), OptionalDouble.empty()));
            assertThat(contract.window()).contains(new WindowSpec("event_timestamp", Duration.ofHours(24),
                    Bounds.CLOSED_OPEN, ZoneId.of("Europe/Berlin")));
            assertThat(contract.gate()).isEqualTo(new GatePolicy(0.995, 0.98));
            assertThat(contract.lineage()).isEqualTo(new Lineage(Optional.of("kafka topic user-events"),
                    Optional.of("24h tumbling aggregates per user")));
            assertThat(contract.dependsOn()).containsExactly("users");
            assertThat(contract.origin()).isEqualTo(RESOURCE_ORIGIN);
        }

        @Test
        void theSameContractAsTheJavaBuilderDeclares() throws IOException {
            FeatureGroupContract java = FeatureGroupContract.group("user_activity")
                    .origin(RESOURCE_ORIGIN)
                    .version("3")
                    .owner("risk-ml")
                    .tags("tier:critical", "team:risk")
                    .entity("user_id")
                    .asOf("computed_at")
                    .source(table("legacy.user_activity_features"),
                            query("select * from streaming.user_activity_features"))
                    .feature("events_last_24h", INT64, notNull(), exact())
                    .feature("total_value_last_24h", decimal(18, 2), nullable(), absolute(0.01))
                    .feature("ratio", FLOAT64, relative(1.0e-6), nullEqualsZero(), nanDiffersFromNan())
                    .feature("purchase_count", INT32, oldName("purchases"), notNull(), exact(), threshold(0.9))
                    .feature("last_seen", FeatureType.timestamptz(3), newName("last_seen_at"),
                            within(Duration.ofMillis(1)))
                    .feature("score_bits", FLOAT32, ulps(4))
                    .window("event_timestamp", Duration.ofHours(24), Bounds.CLOSED_OPEN, ZoneId.of("Europe/Berlin"))
                    .gate(new GatePolicy(0.995, 0.98))
                    .lineage("kafka topic user-events", "24h tumbling aggregates per user")
                    .dependsOn("users")
                    .build();

            assertThat(readResource()).isEqualTo(java);
        }

        @Test
        void theDesignExampleWithDefaultsLikeItsJavaTwin() {
            FeatureGroupContract yaml = read("""
                    group: user_activity
                    entity: user_id
                    old: { table: legacy.user_activity_features }
                    new: { table: streaming.user_activity_features }
                    features:
                      - { name: events_last_24h, type: int64, nullable: false }
                      - { name: total_value_last_24h, type: "decimal(18,2)", tolerance: { absolute: 0.01 } }
                      - { name: last_event_time, type: timestamptz }
                    window: { timestamp: event_timestamp, length: PT24H, bounds: closed-open, zone: UTC }
                    gate: { agreement: 0.995 }
                    """);

            FeatureGroupContract java = FeatureGroupContract.group("user_activity")
                    .origin(ORIGIN)
                    .entity("user_id")
                    .source(table("legacy.user_activity_features"), table("streaming.user_activity_features"))
                    .feature("events_last_24h", INT64, notNull())
                    .feature("total_value_last_24h", decimal(18, 2), nullable(), absolute(0.01))
                    .feature("last_event_time", TIMESTAMPTZ, nullable())
                    .window("event_timestamp", Duration.ofHours(24), Bounds.CLOSED_OPEN)
                    .gate(agreement(0.995))
                    .build();
            assertThat(yaml).isEqualTo(java);
            assertThat(yaml.window().orElseThrow().zone()).isEqualTo(ZoneOffset.UTC);
        }

        @Test
        void aFileByItsPath(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("user_activity.parity.yaml");
            try (var in = resource()) {
                Files.copy(in, file);
            }

            FeatureGroupContract contract = YamlContractReader.read(file);

            assertThat(contract.origin()).isEqualTo(file.toString());
            assertThat(contract.features()).hasSize(6);
        }

        @Test
        void numbersFromTheirTextNotThroughADouble() {
            FeatureGroupContract contract = read(minimal("  - { name: f, type: \"decimal(38,20)\", "
                    + "tolerance: { absolute: 0.30000000000000001 } }"));

            assertThat(contract.features().get(0).tolerance())
                    .isEqualTo(new Tolerance.Absolute(new BigDecimal("0.30000000000000001")));
        }

        @Test
        void aVersionAsWrittenAndAnAnchoredToleranceSharedByFeatures() {
            FeatureGroupContract contract = read("""
                    group: g
                    version: 3.10
                    entity: [id]
                    old: { table: a.t }
                    new: { table: b.t }
                    features:
                      - { name: f1, type: float64, tolerance: &loose { relative: 0.001 } }
                      - { name: f2, type: float64, tolerance: *loose }
                    """);

            assertThat(contract.version()).contains("3.10");
            assertThat(contract.features()).extracting(FeatureSpec::tolerance)
                    .containsOnly(new Tolerance.Relative(new BigDecimal("0.001")));
        }
    }

    @Nested
    class Rejects {

        @Test
        void anUnknownTopLevelKey() {
            ContractProblem problem = onlyProblem(minimal("  - { name: f, type: int64 }") + "colour: blue\n");

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field).containsExactly(7, "colour");
            assertThat(problem.message()).contains("unknown key 'colour'", "allowed here: group, version, owner");
            assertThat(problem.origin()).isEqualTo(ORIGIN);
            assertThat(problem.toString()).startsWith("test.parity.yaml:7: colour: unknown key");
        }

        @Test
        void anUnknownKeyInsideAFeature() {
            ContractProblem problem = onlyProblem("""
                    group: g
                    entity: [id]
                    old: { table: a.t }
                    new: { table: b.t }
                    features:
                      - name: f
                        type: int64
                        tolerence: exact
                    """);

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(8, "features[0].tolerence");
            assertThat(problem.message()).contains("unknown key 'tolerence'", "tolerance");
        }

        @Test
        void aValueOfTheWrongType() {
            List<ContractProblem> problems = problemsOf("""
                    group: g
                    owner: [a, b]
                    entity: [id, [nested]]
                    old: { table: a.t }
                    new: { table: b.t }
                    features:
                      - { name: f, type: int64, nullable: "no" }
                    gate: { agreement: "0.99" }
                    """);

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field).containsExactly(
                    tuple(2, "owner"), tuple(3, "entity[1]"), tuple(7, "features[0].nullable"),
                    tuple(8, "gate.agreement"));
            assertThat(problems).extracting(ContractProblem::message).containsExactly(
                    "expected a string, got a list",
                    "expected a string, got a list",
                    "expected true or false, got the quoted string 'no' (remove the quotes for a number or boolean)",
                    "expected a number, got the quoted string '0.99' (remove the quotes for a number or boolean)");
        }

        @Test
        void missingRequiredFields() {
            List<ContractProblem> problems = problemsOf("""
                    # no group, no entity, no new
                    old: { table: a.t }
                    features:
                      - { name: f }
                    """);

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field).containsExactly(
                    tuple(1, "group"), tuple(1, "entity"), tuple(1, "new"), tuple(4, "features[0].type"));
            assertThat(problems.get(0).message()).isEqualTo("required key 'group' is missing; expected the group name");
            assertThat(problems.get(3).message()).contains("required key 'type'", FeatureType.spellings());
        }

        @Test
        void aFeatureDeclaredTwice() {
            ContractProblem problem = onlyProblem("""
                    group: g
                    entity: [id]
                    old: { table: a.t }
                    new: { table: b.t }
                    features:
                      - { name: f, type: int64 }
                      - name: g
                        type: int64
                      - name: f
                        type: int32
                    """);

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(9, "features[2].name");
            assertThat(problem.message()).contains("'f' is declared twice");
        }

        @Test
        void anUnknownTypeName() {
            ContractProblem problem = onlyProblem(minimal("  - { name: f, type: int65 }"));

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(6, "features[0].type");
            assertThat(problem.message()).isEqualTo("unknown type 'int65'; expected one of " + FeatureType.spellings());
        }

        @Test
        void negativeTolerances() {
            List<ContractProblem> problems = problemsOf("""
                    group: g
                    entity: [id]
                    old: { table: a.t }
                    new: { table: b.t }
                    features:
                      - { name: a, type: int64, tolerance: { absolute: -0.01 } }
                      - { name: b, type: int64, tolerance: { relative: -1e-6 } }
                      - { name: c, type: float64, tolerance: { ulps: -1 } }
                      - { name: d, type: timestamp, tolerance: { duration: -PT1S } }
                    """);

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field).containsExactly(
                    tuple(6, "features[0].tolerance.absolute"), tuple(7, "features[1].tolerance.relative"),
                    tuple(8, "features[2].tolerance.ulps"), tuple(9, "features[3].tolerance.duration"));
            assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("must be >= 0"));
        }

        @Test
        void aToleranceThatIsNotOneKindOrDoesNotFitTheType() {
            List<ContractProblem> problems = problemsOf("""
                    group: g
                    entity: [id]
                    old: { table: a.t }
                    new: { table: b.t }
                    features:
                      - { name: a, type: int64, tolerance: { absolute: 1, relative: 0.1 } }
                      - { name: b, type: int64, tolerance: {} }
                      - { name: c, type: int64, tolerance: loose }
                      - { name: d, type: int64, tolerance: { duration: PT1S } }
                      - { name: e, type: float64, tolerance: { absolute: .nan } }
                    """);

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field, ContractProblem::message)
                    .containsExactly(
                            tuple(6, "features[0].tolerance",
                                    "expected exactly one of absolute, relative, ulps, duration, got absolute and relative"),
                            tuple(7, "features[1].tolerance",
                                    "expected exactly one of absolute, relative, ulps, duration, got none"),
                            tuple(8, "features[2].tolerance", "unknown tolerance 'loose'; expected exact or a "
                                    + "mapping with one of absolute, relative, ulps, duration"),
                            tuple(9, "features[3].tolerance", "tolerance 'duration PT1S' does not apply to type int64"),
                            tuple(10, "features[4].tolerance.absolute",
                                    "expected a decimal number such as 0.01 or 1.0e-6, got '.nan'"));
        }

        @Test
        void thresholdsOutsideZeroToOne() {
            List<ContractProblem> problems = problemsOf("""
                    group: g
                    entity: [id]
                    old: { table: a.t }
                    new: { table: b.t }
                    features:
                      - { name: f, type: int64, agreement: 1.5 }
                    gate:
                      agreement: 1.01
                      coverage: -0.1
                    """);

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field).containsExactly(
                    tuple(6, "features[0].agreement"), tuple(8, "gate.agreement"), tuple(9, "gate.coverage"));
            assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("within [0, 1]"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"PT0S", "-PT1H"})
        void aWindowThatIsNotPositive(String length) {
            ContractProblem problem = onlyProblem(minimal("  - { name: f, type: int64 }")
                    + "window:\n  timestamp: ts\n  length: " + length + "\n  bounds: closed-open\n");

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(9, "window.length");
            assertThat(problem.message()).contains("positive duration");
        }

        @Test
        void aWindowLengthThatIsNoDuration() {
            ContractProblem problem = onlyProblem(minimal("  - { name: f, type: int64 }")
                    + "window: { timestamp: ts, length: 24h, bounds: closed-open }\n");

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field, ContractProblem::message)
                    .containsExactly(7, "window.length",
                            "expected an ISO-8601 duration such as PT24H or PT0.001S, got '24h'");
        }

        @Test
        void anUnknownZone() {
            ContractProblem problem = onlyProblem(minimal("  - { name: f, type: int64 }")
                    + "window:\n  timestamp: ts\n  length: PT1H\n  bounds: closed-open\n  zone: Mars/Olympus\n");

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(11, "window.zone");
            assertThat(problem.message()).startsWith("unknown zone 'Mars/Olympus'");
        }

        @Test
        void unknownOrMissingBounds() {
            List<ContractProblem> problems = problemsOf(minimal("  - { name: f, type: int64 }")
                    + "window: { timestamp: ts, length: PT1H, bounds: half-open }\n");
            List<ContractProblem> missing = problemsOf(minimal("  - { name: f, type: int64 }")
                    + "window: { timestamp: ts, length: PT1H }\n");

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field, ContractProblem::message)
                    .containsExactly(tuple(7, "window.bounds", "unknown bounds 'half-open'; expected one of "
                            + "closed-open, open-closed, closed-closed, open-open"));
            assertThat(missing).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(tuple(7, "window.bounds"));
        }

        @Test
        void aSourceWithBothTableAndQueryOrNeither() {
            List<ContractProblem> problems = problemsOf("""
                    group: g
                    entity: [id]
                    old: { table: a.t, query: "select 1" }
                    new: {}
                    features:
                      - { name: f, type: int64 }
                    """);

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field, ContractProblem::message)
                    .containsExactly(tuple(3, "old", "expected exactly one of table or query, got both"),
                            tuple(4, "new", "expected exactly one of table or query, got neither"));
        }

        @Test
        void aFeatureThatIsNotAMapping() {
            ContractProblem problem = onlyProblem(minimal("  - f"));

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(6, "features[0]");
            assertThat(problem.message()).startsWith("expected a mapping with keys name, type");
        }

        @Test
        void everyProblemOfAFileAtOnceInLineOrder() {
            List<ContractProblem> problems = problemsOf("""
                    group: User-Activity
                    entity: [user_id]
                    old: { table: a.t }
                    new: { table: b.t }
                    features:
                      - { name: f, type: int65 }
                      - { name: user_id, type: int64, tolerance: { absolute: "0.01" } }
                      - { name: g, type: string, colour: red }
                    window: { timestamp: ts, length: PT0S, bounds: closed-open, zone: Nowhere/City }
                    gate: { coverage: 2 }
                    depends_on: [Upstream]
                    """);

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field).containsExactly(
                    tuple(1, "group"),
                    tuple(6, "features[0].type"),
                    tuple(7, "features[1].tolerance.absolute"),
                    tuple(7, "features[1].name"),
                    tuple(8, "features[2].colour"),
                    tuple(9, "window.zone"),
                    tuple(9, "window.length"),
                    tuple(10, "gate.coverage"),
                    tuple(11, "depends_on"));
            assertThat(problems).allSatisfy(p -> assertThat(p.origin()).isEqualTo(ORIGIN));
        }

        @Test
        void duplicateKeys() {
            List<ContractProblem> problems = problemsOf("""
                    group: g
                    entity: [id]
                    old: { table: a.t }
                    new: { table: b.t }
                    group: h
                    features:
                      - { name: f, type: int64, type: int32 }
                    """);

            assertThat(problems).extracting(ContractProblem::line, ContractProblem::field, ContractProblem::message)
                    .containsExactly(tuple(5, "group", "duplicate key 'group' (first given on line 1)"),
                            tuple(7, "features[0].type", "duplicate key 'type' (first given on line 7)"));
        }

        @Test
        void aYamlSyntaxErrorAtItsLine() {
            ContractProblem problem = onlyProblem("""
                    group: g
                    entity: user_id
                      old: { table: a.t }
                    """);

            assertThat(problem).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(3, "document");
            assertThat(problem.message()).startsWith("not valid YAML: mapping values are not allowed here");
        }

        @Test
        void anEmptyDocumentOrOneThatIsNoMapping() {
            assertThat(onlyProblem("# nothing yet\n").message()).startsWith("the contract is empty");
            assertThat(onlyProblem("- group: g\n")).extracting(ContractProblem::line, ContractProblem::field)
                    .containsExactly(1, "document");
        }

        @Test
        void moreThanOneDocument() {
            assertThat(onlyProblem(minimal("  - { name: f, type: int64 }") + "---\ngroup: h\n").message())
                    .contains("expected a single document");
        }

        @Test
        void aFileThatCannotBeRead(@TempDir Path dir) {
            Path missing = dir.resolve("missing.parity.yaml");

            assertThatThrownBy(() -> YamlContractReader.read(missing))
                    .isInstanceOf(ContractException.class)
                    .hasMessageContaining(missing.toString())
                    .hasMessageContaining("cannot read the contract");
        }
    }

    @Nested
    class Guards {

        @Test
        void againstAnAliasBomb() {
            StringBuilder bomb = new StringBuilder("group: g\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int level = 1; level <= 9; level++) {
                String previous = "*lol" + (level - 1);
                bomb.append("lol").append(level).append(": &lol").append(level).append(" [")
                        .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
            }

            ContractProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> onlyProblem(bomb.toString()));

            assertThat(problem.message()).contains("aliases", "alias bomb");
        }

        @Test
        void againstDeepNesting() {
            String deep = "group: g\nfeatures: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

            ContractProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> onlyProblem(deep));

            assertThat(problem.message()).isEqualTo("nested deeper than 32 levels; rejected");
        }

        @Test
        void againstAnOversizedContractFile(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("huge.parity.yaml");
            Files.writeString(file, oversized());

            assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofMillis(500),
                    () -> YamlContractReader.read(file)))
                    .isInstanceOf(ContractException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("larger than 1 MB (" + Files.size(file) + " bytes)");
        }

        @Test
        void againstAnOversizedContractStream() {
            ContractProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> onlyProblem(oversized()));

            assertThat(problem.toString()).startsWith(ORIGIN + ":1: document: the contract is larger than 1 MB "
                    + "(more than 1048576 characters)");
        }

        private static String oversized() {
            return "group: g\nlineage: { source: \"" + "x".repeat(1_100_000) + "\" }\n";
        }
    }

    private static FeatureGroupContract read(String yaml) {
        return YamlContractReader.read(ORIGIN, new StringReader(yaml));
    }

    private static FeatureGroupContract readResource() throws IOException {
        try (Reader reader = new InputStreamReader(resource(), StandardCharsets.UTF_8)) {
            return YamlContractReader.read(RESOURCE_ORIGIN, reader);
        }
    }

    private static InputStream resource() {
        return YamlContractReaderTests.class.getClassLoader().getResourceAsStream(RESOURCE);
    }

    /** A valid contract up to its feature list (lines 1-5), then the given feature lines from line 6. */
    private static String minimal(String featureLines) {
        return """
                group: g
                entity: [id]
                old: { table: a.t }
                new: { table: b.t }
                features:
                """ + featureLines + "\n";
    }

    private static List<ContractProblem> problemsOf(String yaml) {
        try {
            FeatureGroupContract contract = read(yaml);
            throw new AssertionError("expected problems, but read " + contract);
        } catch (ContractException e) {
            return e.problems();
        }
    }

    private static ContractProblem onlyProblem(String yaml) {
        List<ContractProblem> problems = problemsOf(yaml);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
