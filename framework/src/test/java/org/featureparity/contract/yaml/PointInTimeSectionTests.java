package org.featureparity.contract.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.featureparity.contract.Contracts.FLOAT64;
import static org.featureparity.contract.Contracts.keysCsv;
import static org.featureparity.contract.Contracts.pointInTime;
import static org.featureparity.contract.Contracts.table;

import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.featureparity.contract.ContractException;
import org.featureparity.contract.ContractProblem;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.PointInTimeKeys;
import org.featureparity.contract.PointInTimeSpec;
import org.featureparity.contract.Side;
import org.junit.jupiter.api.Test;

class PointInTimeSectionTests {

    private static final String CONTRACT = """
            group: history
            entity: user_id
            as_of: as_of
            old: { table: legacy.h }
            new: { table: streaming.h }
            features:
              - { name: score, type: float64 }
            """;

    @Test
    void readsSamplesTtlKeysMaxStalenessAndZone() {
        FeatureGroupContract contract = read(CONTRACT + """
                point_in_time: { samples: 500, ttl: P7D, keys: { table: training.keys, time: label_time, store: new } }
                max_staleness: PT6H
                zone: America/New_York
                """);

        assertThat(contract.pointInTime()).isEqualTo(new PointInTimeSpec(java.util.OptionalInt.of(500),
                Optional.of(Duration.ofDays(7)), Optional.of(new PointInTimeKeys.Table("training.keys", Side.NEW, Optional.of("label_time")))));
        assertThat(contract.maxStaleness()).contains(Duration.ofHours(6));
        assertThat(contract.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void theSameContractAsTheJavaBuilderDeclares() {
        FeatureGroupContract yaml = read(CONTRACT + """
                point_in_time: { ttl: PT12H, keys: { csv: keys/training.csv } }
                max_staleness: P1D
                """);
        FeatureGroupContract java = FeatureGroupContract.group("history").origin("test.parity.yaml")
                .entity("user_id").asOf("as_of")
                .source(table("legacy.h"), table("streaming.h"))
                .feature("score", FLOAT64)
                .pointInTime(pointInTime().withTtl(Duration.ofHours(12)).withKeys(keysCsv("keys/training.csv")))
                .maxStaleness(Duration.ofDays(1))
                .build();

        assertThat(yaml).isEqualTo(java);
    }

    @Test
    void theZoneDefaultsToTheWindowsAndThenToUtc() {
        assertThat(read(CONTRACT).timeZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(read(CONTRACT + "window: { timestamp: ts, length: PT1H, bounds: closed-open, zone: Asia/Kolkata }\n").timeZone())
                .isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void reportsEveryBadValueWithItsLine() {
        assertThatThrownBy(() -> read(CONTRACT + """
                point_in_time: { samples: 0, ttl: 7 days, keys: { table: a.b, csv: c.csv }, seed: 4 }
                max_staleness: PT-1H
                zone: Mars/Olympus
                """))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.problems())
                        .extracting(ContractProblem::line, ContractProblem::field)
                        .contains(tuple(8, "point_in_time.seed"), tuple(8, "point_in_time.ttl"), tuple(8, "point_in_time.keys"),
                                tuple(8, "point_in_time.samples"), tuple(9, "max_staleness"), tuple(10, "zone")));
    }

    @Test
    void pointInTimeAndMaxStalenessNeedAnAsOfColumn() {
        String withoutAsOf = CONTRACT.replace("as_of: as_of\n", "");
        assertThatThrownBy(() -> read(withoutAsOf + "point_in_time: { samples: 10 }\nmax_staleness: PT1H\n"))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.problems())
                        .extracting(ContractProblem::field, ContractProblem::message)
                        .contains(tuple("point_in_time", "point_in_time needs an as_of column: declare as_of"),
                                tuple("max_staleness", "max_staleness needs an as_of column: declare as_of")));
    }

    @Test
    void aZoneThatContradictsTheWindowsZone() {
        assertThatThrownBy(() -> read(CONTRACT + "zone: UTC\nwindow: { timestamp: ts, length: PT1H, bounds: closed-open, zone: Asia/Kolkata }\n"))
                .hasMessageContaining("zone").hasMessageContaining("differs from window.zone");
    }

    private static FeatureGroupContract read(String yaml) {
        return YamlContractReader.read("test.parity.yaml", new StringReader(yaml));
    }
}
