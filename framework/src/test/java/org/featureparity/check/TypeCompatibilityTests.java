package org.featureparity.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.contract.FeatureType.decimal;
import static org.featureparity.contract.FeatureType.timestamp;
import static org.featureparity.contract.FeatureType.timestamptz;

import java.util.stream.Stream;
import org.featureparity.contract.FeatureType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TypeCompatibilityTests {

    private static final String ZONE_HINT = "timestamp with and without time zone differ in meaning";

    private static boolean accepted(FeatureType declared, FeatureType actual) {
        return TypeCompatibility.problem(declared, actual).isEmpty();
    }

    @Nested
    class Accepts {

        static Stream<Arguments> compatible() {
            return Stream.of(
                    Arguments.of(FeatureType.INT64, FeatureType.INT32),
                    Arguments.of(FeatureType.FLOAT64, FeatureType.FLOAT32),
                    Arguments.of(decimal(18, 2), decimal(12, 2)),
                    Arguments.of(decimal(18, 2), decimal(10, 0)),
                    Arguments.of(decimal(18, 2), FeatureType.DECIMAL),
                    Arguments.of(decimal(12, 2), FeatureType.INT32),
                    Arguments.of(decimal(21, 2), FeatureType.INT64),
                    Arguments.of(decimal(19, 0), FeatureType.INT64),
                    Arguments.of(FeatureType.DECIMAL, decimal(38, 10)),
                    Arguments.of(FeatureType.DECIMAL, FeatureType.INT32),
                    Arguments.of(FeatureType.DECIMAL, FeatureType.INT64),
                    Arguments.of(timestamptz(6), timestamptz(3)),
                    Arguments.of(timestamptz(6), timestamptz(0)),
                    Arguments.of(FeatureType.TIMESTAMPTZ, timestamptz(6)),
                    Arguments.of(FeatureType.TIMESTAMPTZ, timestamptz(3)),
                    Arguments.of(FeatureType.TIMESTAMPTZ, FeatureType.TIMESTAMPTZ),
                    Arguments.of(timestamp(6), timestamp(3)),
                    Arguments.of(FeatureType.TIMESTAMP, timestamp(6)));
        }

        @ParameterizedTest(name = "{1} into declared {0}")
        @MethodSource("compatible")
        void widerOrEqualStoreTypes(FeatureType declared, FeatureType actual) {
            assertThat(TypeCompatibility.problem(declared, actual)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(FeatureType.Kind.class)
        void everyKindHoldsItself(FeatureType.Kind kind) {
            FeatureType type = FeatureType.of(kind);
            assertThat(accepted(type, type)).isTrue();
            assertThat(TypeCompatibility.note(type, type)).isEmpty();
        }

        @Test
        void widenings() {
            assertThat(TypeCompatibility.note(FeatureType.INT64, FeatureType.INT32)).contains("widening int32 -> int64");
            assertThat(TypeCompatibility.note(decimal(18, 2), decimal(12, 2)))
                    .contains("widening decimal(12,2) -> decimal(18,2)");
            assertThat(TypeCompatibility.note(timestamptz(6), timestamptz(3)))
                    .contains("widening timestamptz(3) -> timestamptz(6)");
        }

        @Test
        void storeTypesWithoutPrecision() {
            assertThat(TypeCompatibility.note(decimal(18, 2), FeatureType.DECIMAL))
                    .hasValueSatisfying(note -> assertThat(note).contains("no precision"));
        }

        @Test
        void noNoteForRejectedTypes() {
            assertThat(TypeCompatibility.note(FeatureType.INT32, FeatureType.INT64)).isEmpty();
        }
    }

    @Nested
    class Rejects {

        static Stream<Arguments> incompatible() {
            return Stream.of(
                    Arguments.of(FeatureType.INT32, FeatureType.INT64),
                    Arguments.of(FeatureType.FLOAT32, FeatureType.FLOAT64),
                    Arguments.of(FeatureType.INT64, FeatureType.FLOAT64),
                    Arguments.of(FeatureType.INT64, FeatureType.DECIMAL),
                    Arguments.of(FeatureType.FLOAT64, FeatureType.INT64),
                    Arguments.of(FeatureType.FLOAT64, decimal(18, 2)),
                    Arguments.of(decimal(18, 2), decimal(18, 4)),
                    Arguments.of(decimal(18, 2), decimal(19, 2)),
                    Arguments.of(decimal(12, 2), decimal(18, 2)),
                    Arguments.of(decimal(18, 2), FeatureType.INT64),
                    Arguments.of(decimal(20, 2), FeatureType.INT64),
                    Arguments.of(decimal(11, 2), FeatureType.INT32),
                    Arguments.of(decimal(18, 2), FeatureType.FLOAT64),
                    Arguments.of(FeatureType.DECIMAL, FeatureType.FLOAT64),
                    Arguments.of(timestamptz(3), timestamptz(6)),
                    Arguments.of(timestamptz(6), FeatureType.TIMESTAMPTZ),
                    Arguments.of(timestamp(3), timestamp(6)),
                    Arguments.of(FeatureType.STRING, FeatureType.INT64),
                    Arguments.of(FeatureType.BOOLEAN, FeatureType.INT32),
                    Arguments.of(FeatureType.DATE, FeatureType.TIMESTAMP),
                    Arguments.of(FeatureType.TIMESTAMP, FeatureType.DATE));
        }

        @ParameterizedTest(name = "{1} into declared {0}")
        @MethodSource("incompatible")
        void narrowerOrOtherStoreTypes(FeatureType declared, FeatureType actual) {
            assertThat(TypeCompatibility.problem(declared, actual)).hasValueSatisfying(problem -> assertThat(problem)
                    .contains("store type " + actual + " cannot hold declared " + declared)
                    .doesNotContain(ZONE_HINT));
        }

        @Test
        void timestampWithoutZoneForTimestamptz() {
            assertThat(TypeCompatibility.problem(FeatureType.TIMESTAMPTZ, FeatureType.TIMESTAMP))
                    .hasValueSatisfying(problem -> assertThat(problem).contains(ZONE_HINT));
            assertThat(TypeCompatibility.problem(timestamptz(6), timestamp(6)))
                    .hasValueSatisfying(problem -> assertThat(problem).contains(ZONE_HINT));
        }

        @Test
        void timestamptzForTimestampWithoutZone() {
            assertThat(TypeCompatibility.problem(FeatureType.TIMESTAMP, FeatureType.TIMESTAMPTZ))
                    .hasValueSatisfying(problem -> assertThat(problem).contains(ZONE_HINT));
            assertThat(TypeCompatibility.problem(timestamp(3), timestamptz(3)))
                    .hasValueSatisfying(problem -> assertThat(problem).contains(ZONE_HINT));
        }
    }
}
