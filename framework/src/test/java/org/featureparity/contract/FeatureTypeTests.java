package org.featureparity.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.stream.Stream;
import org.featureparity.contract.yaml.YamlContractReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeatureTypeTests {

    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("boolean", FeatureType.BOOLEAN),
                Arguments.of("int32", FeatureType.INT32),
                Arguments.of("int64", FeatureType.INT64),
                Arguments.of("INT64", FeatureType.INT64),
                Arguments.of("  float32 ", FeatureType.FLOAT32),
                Arguments.of("float64", FeatureType.FLOAT64),
                Arguments.of("decimal", FeatureType.DECIMAL),
                Arguments.of("decimal(18,2)", FeatureType.decimal(18, 2)),
                Arguments.of("DECIMAL( 18 , 2 )", FeatureType.decimal(18, 2)),
                Arguments.of("decimal(5,5)", FeatureType.decimal(5, 5)),
                Arguments.of("decimal(38,0)", FeatureType.decimal(38, 0)),
                Arguments.of("string", FeatureType.STRING),
                Arguments.of("date", FeatureType.DATE),
                Arguments.of("timestamp", FeatureType.TIMESTAMP),
                Arguments.of("timestamp(6)", FeatureType.timestamp(6)),
                Arguments.of("timestamptz", FeatureType.TIMESTAMPTZ),
                Arguments.of("timestamptz(3)", FeatureType.timestamptz(3)),
                Arguments.of("TimestampTZ(0)", FeatureType.timestamptz(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void parsesEverySpelling(String spelling, FeatureType expected) {
        assertThat(FeatureType.parse(spelling)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"int65", "int", "", "  ", "decimal(2,5)", "decimal(0,0)", "decimal(18)", "decimal(18,-2)",
            "decimal(1001,2)", "decimal(99999999999,2)", "decimal(18,99999999999)", "timestamptz(10)", "timestamptz()",
            "date(3)", "varchar", "float", "timestamp with time zone"})
    void rejectsUnknownSpellings(String spelling) {
        assertThat(FeatureType.parse(spelling)).isEmpty();
    }

    @Test
    void anOverlongDecimalInAContractFileIsAProblemNotACrash() {
        String yaml = """
                group: g
                entity: [id]
                old: { table: a.t }
                new: { table: b.t }
                features:
                  - { name: f, type: "decimal(99999999999,2)" }
                """;
        assertThatThrownBy(() -> YamlContractReader.read("t.parity.yaml", new StringReader(yaml)))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.problems())
                        .extracting(ContractProblem::field).containsExactly("features[0].type"));
    }

    @ParameterizedTest
    @EnumSource(FeatureType.Kind.class)
    void toStringParsesBack(FeatureType.Kind kind) {
        FeatureType type = FeatureType.of(kind);
        assertThat(FeatureType.parse(type.toString())).contains(type);
    }

    @Test
    void toStringOfParameterizedTypesParsesBack() {
        for (FeatureType type : new FeatureType[] {FeatureType.decimal(18, 2), FeatureType.timestamptz(3), FeatureType.timestamp(0)}) {
            assertThat(FeatureType.parse(type.toString())).contains(type);
        }
        assertThat(FeatureType.decimal(18, 2)).hasToString("decimal(18,2)");
        assertThat(FeatureType.timestamptz(3)).hasToString("timestamptz(3)");
    }

    @Test
    void decimalConstructorRejectsScaleAbovePrecision() {
        assertThatThrownBy(() -> FeatureType.decimal(2, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureType.decimal(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureType.decimal(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kinds() {
        assertThat(FeatureType.Kind.INT32.isIntegral()).isTrue();
        assertThat(FeatureType.Kind.FLOAT32.isFloatingPoint()).isTrue();
        assertThat(FeatureType.Kind.DECIMAL.isNumeric()).isTrue();
        assertThat(FeatureType.Kind.DECIMAL.isFloatingPoint()).isFalse();
        assertThat(FeatureType.Kind.STRING.isNumeric()).isFalse();
        assertThat(FeatureType.Kind.DATE.isTemporal()).isTrue();
        assertThat(FeatureType.Kind.TIMESTAMPTZ.isTemporal()).isTrue();
        assertThat(FeatureType.Kind.BOOLEAN.isTemporal()).isFalse();
    }
}
