package org.featureparity.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.INT64;
import static org.featureparity.contract.Contracts.STRING;
import static org.featureparity.contract.Contracts.TIMESTAMPTZ;
import static org.featureparity.contract.Contracts.absolute;
import static org.featureparity.contract.Contracts.agreement;
import static org.featureparity.contract.Contracts.decimal;
import static org.featureparity.contract.Contracts.nanDiffersFromNan;
import static org.featureparity.contract.Contracts.newName;
import static org.featureparity.contract.Contracts.notNull;
import static org.featureparity.contract.Contracts.nullEqualsZero;
import static org.featureparity.contract.Contracts.nullable;
import static org.featureparity.contract.Contracts.relative;
import static org.featureparity.contract.Contracts.table;
import static org.featureparity.contract.Contracts.threshold;
import static org.featureparity.contract.Contracts.ulps;
import static org.featureparity.contract.Contracts.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractBuilderTests {

    private static ContractBuilder minimal(String name) {
        return FeatureGroupContract.group(name)
                .entity("user_id")
                .source(table("legacy.f"), table("streaming.f"));
    }

    private static List<ContractProblem> problems(ContractBuilder builder) {
        return catchThrowableOfType(ContractException.class, builder::build).problems();
    }

    private static List<String> fields(ContractBuilder builder) {
        return problems(builder).stream().map(ContractProblem::field).toList();
    }

    @Nested
    class Builds {

        @Test
        void aValidContract() {
            FeatureGroupContract contract = FeatureGroupContract.group("user_activity")
                    .origin("UserActivityMigrationTest")
                    .version("3")
                    .owner("risk-ml")
                    .tags("tier:critical")
                    .entity("user_id")
                    .asOf("computed_at")
                    .source(table("legacy.user_activity_features"), table("streaming.user_activity_features"))
                    .feature("events_last_24h", INT64, notNull())
                    .feature("total_value_last_24h", decimal(18, 2), nullable(), absolute(0.01), nullEqualsZero())
                    .feature("score", FLOAT64, ulps(4), nanDiffersFromNan(), newName("score_v2"), threshold(0.9))
                    .feature("last_event_time", TIMESTAMPTZ, within(Duration.ofMillis(1)))
                    .window("event_timestamp", Duration.ofHours(24), Bounds.CLOSED_OPEN)
                    .gate(agreement(0.99))
                    .lineage("events", "sum over 24h")
                    .dependsOn("users")
                    .build();

            assertThat(contract.name()).isEqualTo("user_activity");
            assertThat(contract.origin()).isEqualTo("UserActivityMigrationTest");
            assertThat(contract.version()).contains("3");
            assertThat(contract.owner()).contains("risk-ml");
            assertThat(contract.tags()).containsExactly("tier:critical");
            assertThat(contract.keyColumns()).containsExactly("user_id", "computed_at");
            assertThat(contract.features()).extracting(FeatureSpec::name)
                    .containsExactly("events_last_24h", "total_value_last_24h", "score", "last_event_time");
            FeatureSpec events = contract.feature("events_last_24h").orElseThrow();
            assertThat(events.nullable()).isFalse();
            assertThat(events.tolerance()).isEqualTo(new Tolerance.Exact());
            assertThat(events.nullSemantics()).isEqualTo(NullSemantics.STRICT);
            FeatureSpec total = contract.feature("total_value_last_24h").orElseThrow();
            assertThat(total.tolerance()).isEqualTo(new Tolerance.Absolute(new BigDecimal("0.01")));
            assertThat(total.nullSemantics().nullEqualsZero()).isTrue();
            FeatureSpec score = contract.feature("score").orElseThrow();
            assertThat(score.nullSemantics().nanEqualsNan()).isFalse();
            assertThat(score.columnIn(Side.NEW)).isEqualTo("score_v2");
            assertThat(score.columnIn(Side.OLD)).isEqualTo("score");
            assertThat(score.thresholdUnder(contract.gate())).isEqualTo(0.9);
            assertThat(events.thresholdUnder(contract.gate())).isEqualTo(0.99);
            assertThat(contract.window()).contains(
                    new WindowSpec("event_timestamp", Duration.ofHours(24), Bounds.CLOSED_OPEN, java.time.ZoneOffset.UTC));
            assertThat(contract.dependsOn()).containsExactly("users");
        }

        @Test
        void defaults() {
            FeatureGroupContract contract = minimal("g").feature("x", INT64).build();
            assertThat(contract.gate()).isEqualTo(GatePolicy.DEFAULT);
            assertThat(contract.window()).isEmpty();
            assertThat(contract.asOf()).isEmpty();
            assertThat(contract.tags()).isEmpty();
            assertThat(contract.feature("x").orElseThrow().nullable()).isTrue();
        }

        @Test
        void validTags() {
            assertThat(minimal("g").tags("tier:critical", "team-risk", "a.b").feature("x", INT64).build().tags())
                    .containsExactly("tier:critical", "team-risk", "a.b");
        }

        @Test
        void thresholdsAtTheEdgesOfTheRange() {
            FeatureGroupContract contract = minimal("g").feature("a", INT64, threshold(0)).feature("b", INT64, threshold(1))
                    .build();
            assertThat(contract.feature("a").orElseThrow().agreementThreshold()).hasValue(0.0);
            assertThat(contract.feature("b").orElseThrow().agreementThreshold()).hasValue(1.0);
        }

        @Test
        void numericTolerancesOnEveryNumericType() {
            minimal("g").feature("a", INT64, absolute(1)).feature("b", decimal(18, 2), relative(0.01))
                    .feature("c", FLOAT64, absolute(0.5)).feature("d", FLOAT64, relative(1e-9)).build();
        }
    }

    @Nested
    class Rejects {

        @Test
        void everyProblemAtOnceWithItsFieldPath() {
            ContractBuilder builder = FeatureGroupContract.group("User Activity")
                    .origin("suite.parity.yaml")
                    .tags("tier critical")
                    .entity()
                    .source(table("a"), table("b"))
                    .feature("amount", INT64)
                    .feature("amount", INT64)
                    .feature("count", INT64, ulps(1))
                    .feature("score", FLOAT64, within(Duration.ofSeconds(1)))
                    .feature("share", FLOAT64, threshold(1.5))
                    .window("ts", Duration.ZERO, Bounds.CLOSED_OPEN);

            ContractException thrown = catchThrowableOfType(ContractException.class, builder::build);

            assertThat(thrown.problems()).extracting(ContractProblem::field).containsExactlyInAnyOrder(
                    "group", "tags", "entity", "features[1].name", "features[2].tolerance", "features[3].tolerance",
                    "features[4].agreement", "window.length");
            assertThat(thrown.problems()).allSatisfy(p -> assertThat(p.origin()).isEqualTo("suite.parity.yaml"));
            assertThat(thrown.getMessage()).startsWith("Invalid contract (8 problems):")
                    .contains("suite.parity.yaml: group: expected a name matching [a-z][a-z0-9_]*, got 'User Activity'")
                    .contains("'tier critical' is not a valid JUnit tag")
                    .contains("feature 'amount' is declared twice")
                    .contains("tolerance '1 ulps' does not apply to type int64")
                    .contains("does not apply to type float64")
                    .contains("expected a share within [0, 1], got 1.5");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "User", "1group", "user-activity", "user activity", "_g"})
        void badGroupNames(String name) {
            assertThat(fields(minimal(name).feature("x", INT64))).containsExactly("group");
        }

        @Test
        void nullGroupName() {
            assertThat(fields(minimal(null).feature("x", INT64))).containsExactly("group");
        }

        @Test
        void emptyEntityReportedOnce() {
            ContractBuilder builder = FeatureGroupContract.group("g").entity()
                    .source(table("a"), table("b")).feature("x", INT64);
            assertThat(fields(builder)).containsExactly("entity");
        }

        @Test
        void missingEntity() {
            ContractBuilder builder = FeatureGroupContract.group("g").source(table("a"), table("b")).feature("x", INT64);
            assertThat(fields(builder)).containsExactly("entity");
        }

        @Test
        void blankOrRepeatedKeyColumns() {
            assertThat(fields(minimal("g").entity(" ").feature("x", INT64))).containsExactly("entity");
            assertThat(fields(minimal("g").entity("user_id").feature("x", INT64))).containsExactly("entity");
        }

        @Test
        void missingSourcesAndFeatures() {
            assertThat(fields(FeatureGroupContract.group("g").entity("id")))
                    .containsExactlyInAnyOrder("old", "new", "features");
        }

        @Test
        void duplicateFeature() {
            List<ContractProblem> problems = problems(minimal("g").feature("x", INT64).feature("y", INT64).feature("x", STRING));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("features[2].name");
                assertThat(p.message()).contains("'x' is declared twice");
            });
        }

        @Test
        void featureNamedLikeAKeyColumn() {
            List<ContractProblem> problems = problems(minimal("g").feature("x", INT64).feature("user_id", INT64));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("features[1].name");
                assertThat(p.message()).contains("'user_id' is a key column");
            });
        }

        @Test
        void featureNamedLikeTheAsOfColumnDeclaredLater() {
            assertThat(fields(minimal("g").feature("computed_at", TIMESTAMPTZ).asOf("computed_at")))
                    .containsExactly("features[0].name");
        }

        @Test
        void toleranceNotFittingTheType() {
            assertThat(fields(minimal("g").feature("a", INT64, ulps(1)))).containsExactly("features[0].tolerance");
            assertThat(fields(minimal("g").feature("a", decimal(18, 2), ulps(1)))).containsExactly("features[0].tolerance");
            assertThat(fields(minimal("g").feature("a", FLOAT64, within(Duration.ofSeconds(1)))))
                    .containsExactly("features[0].tolerance");
            assertThat(fields(minimal("g").feature("a", STRING, absolute(1)))).containsExactly("features[0].tolerance");
            assertThat(fields(minimal("g").feature("a", TIMESTAMPTZ, relative(0.1)))).containsExactly("features[0].tolerance");
        }

        @Test
        void missingType() {
            assertThat(fields(minimal("g").feature("a", null))).containsExactly("features[0].type");
        }

        @ParameterizedTest
        @ValueSource(doubles = {-0.01, 1.0001, Double.NaN, Double.POSITIVE_INFINITY})
        void thresholdOutsideZeroToOne(double share) {
            assertThat(fields(minimal("g").feature("a", INT64, threshold(share)))).containsExactly("features[0].agreement");
        }

        @Test
        void windowLengthZeroOrNegative() {
            assertThat(fields(minimal("g").feature("a", INT64).window("ts", Duration.ZERO, Bounds.CLOSED_OPEN)))
                    .containsExactly("window.length");
            assertThat(fields(minimal("g").feature("a", INT64).window("ts", Duration.ofHours(-1), Bounds.CLOSED_OPEN)))
                    .containsExactly("window.length");
            assertThat(fields(minimal("g").feature("a", INT64).window("ts", null, Bounds.CLOSED_OPEN)))
                    .containsExactly("window.length");
        }

        @Test
        void windowWithoutBoundsOrZone() {
            assertThat(fields(minimal("g").feature("a", INT64).window("ts", Duration.ofHours(1), null, null)))
                    .containsExactlyInAnyOrder("window.bounds", "window.zone");
        }

        @ParameterizedTest
        @ValueSource(strings = {"tier critical", "a,b", "a(b)", "a&b", "a|b", "!a", " ", "", "a\tb"})
        void invalidTags(String tag) {
            assertThat(fields(minimal("g").tags(tag).feature("a", INT64))).containsExactly("tags");
        }

        @Test
        void invalidUpstreamGroup() {
            assertThat(fields(minimal("g").dependsOn("Users").feature("a", INT64))).containsExactly("depends_on");
        }

        @Test
        void problemsRecordedByAReader() {
            ContractBuilder builder = minimal("g").feature("a", INT64).problem("features[0].type", "unknown type 'int65'");
            assertThat(problems(builder)).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("features[0].type");
                assertThat(p.toString()).isEqualTo("contract g: features[0].type: unknown type 'int65'");
            });
        }

        @Test
        void singleProblemMessage() {
            assertThatThrownBy(minimal("g")::build).isInstanceOf(ContractException.class)
                    .hasMessage("Invalid contract: contract g: features: expected at least one feature");
        }

        @Test
        void renameToABlankColumn() {
            assertThat(fields(minimal("g").feature("a", INT64, newName(" ")))).containsExactly("features[0].new_name");
        }

        @Test
        void negativeTolerancesAtConstruction() {
            assertThatThrownBy(() -> absolute(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> relative(-0.1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ulps(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> within(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
