package org.featureparity.contract.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.agreement;
import static org.featureparity.contract.Contracts.table;

import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.featureparity.contract.ContractException;
import org.featureparity.contract.FailFast;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.GatePolicy;
import org.featureparity.contract.Sample;
import org.junit.jupiter.api.Test;

/** The distribution gate thresholds, {@code sample} and {@code fail_fast} read from YAML like their Java twins. */
class StatsFieldsReaderTests {

    private static final String BASE = """
            group: g
            entity: [user_id]
            old: { table: a.t }
            new: { table: b.t }
            features:
              - { name: score, type: float64 }
            """;

    private static FeatureGroupContract read(String yaml) {
        return YamlContractReader.read("test.parity.yaml", new StringReader(yaml));
    }

    @Test
    void theGateThresholdsSampleAndFailFastLikeTheJavaBuilder() {
        FeatureGroupContract yaml = read(BASE + """
                gate: { agreement: 0.995, max_null_rate_delta: 0.02, max_psi: 0.25, max_ks: 0.05 }
                sample: { fraction: 0.01, seed: 7 }
                fail_fast: { max_mismatches: 100, time_budget: PT10M }
                """);
        FeatureGroupContract java = FeatureGroupContract.group("g").origin("test.parity.yaml").entity("user_id")
                .source(table("a.t"), table("b.t")).feature("score", FLOAT64)
                .gate(agreement(0.995).withMaxNullRateDelta(0.02).withMaxPsi(0.25).withMaxKs(0.05))
                .sample(0.01, 7).failFastAfter(100).failFastWithin(Duration.ofMinutes(10))
                .build();

        assertThat(yaml).isEqualTo(java);
        assertThat(yaml.gate()).isEqualTo(new GatePolicy(0.995, 1.0, 0.02, 0.25, 0.05));
        assertThat(yaml.scope().sample()).contains(new Sample(0.01, 7));
        assertThat(yaml.scope().failFast()).isEqualTo(new FailFast(OptionalLong.of(100), Optional.of(Duration.ofMinutes(10))));
    }

    @Test
    void defaultsWhenNotGiven() {
        FeatureGroupContract contract = read(BASE + "gate: { agreement: 0.99 }\n");

        assertThat(contract.gate().maxNullRateDelta()).isEqualTo(GatePolicy.DEFAULT_MAX_NULL_RATE_DELTA).isEqualTo(0.01);
        assertThat(contract.gate().maxPsi()).isEqualTo(GatePolicy.DEFAULT_MAX_PSI).isEqualTo(0.1);
        assertThat(contract.gate().maxKs()).isEqualTo(GatePolicy.DEFAULT_MAX_KS).isEqualTo(0.1);
        assertThat(contract.scope().sample()).isEmpty();
        assertThat(contract.scope().failFast().isBounded()).isFalse();
    }

    @Test
    void aSampleWithoutASeedUsesSeedZero() {
        assertThat(read(BASE + "sample: { fraction: 0.5 }\n").scope().sample()).contains(new Sample(0.5, 0));
    }

    @Test
    void everyOutOfRangeValueAtOnceWithItsLine() {
        assertThatThrownBy(() -> read(BASE + """
                gate: { max_null_rate_delta: -0.5, max_psi: 5000, max_ks: 1.2 }
                sample: { fraction: 0.0000001, colour: red }
                fail_fast: { max_mismatches: -3, time_budget: 10m }
                """))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("test.parity.yaml:7: gate.max_null_rate_delta: expected a share within [0, 1], got -0.5")
                .hasMessageContaining("gate.max_psi: expected a number within [0, 1000], got 5000")
                .hasMessageContaining("gate.max_ks: expected a share within [0, 1], got 1.2")
                .hasMessageContaining("test.parity.yaml:8: sample.colour: unknown key 'colour'; allowed here: fraction, seed")
                .hasMessageContaining("sample.fraction: expected a share within [0.000001, 1], got 0.0000001")
                .hasMessageContaining("test.parity.yaml:9: fail_fast.max_mismatches: expected a whole number >= 1, got -3")
                .hasMessageContaining("fail_fast.time_budget: expected an ISO-8601 duration");
    }

    @Test
    void theJavaBuilderRejectsOutOfRangeValuesNamingTheField() {
        assertThatThrownBy(() -> FeatureGroupContract.group("g").entity("user_id").source(table("a.t"), table("b.t"))
                .feature("score", FLOAT64).sample(0, 7).failFastAfter(0).failFastWithin(Duration.ZERO).build())
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("sample.fraction").hasMessageContaining("fail_fast.max_mismatches")
                .hasMessageContaining("fail_fast.time_budget");
        assertThatThrownBy(() -> GatePolicy.DEFAULT.withMaxPsi(-1)).hasMessageContaining("max_psi");
        assertThatThrownBy(() -> GatePolicy.DEFAULT.withMaxKs(1.5)).hasMessageContaining("max_ks");
        assertThatThrownBy(() -> GatePolicy.DEFAULT.withMaxNullRateDelta(Double.NaN)).hasMessageContaining("max_null_rate_delta");
    }
}
