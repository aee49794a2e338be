package org.featureparity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.featureparity.generate.PropertySettings;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.pipeline.sql.SqlPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each planted bug is found within the default tries and shrunk to a history of at most two events. */
class PlantedBugsTests {

    private static final HistorySettings HISTORIES = HistorySettings.postgres(Duration.ofHours(24));

    private static SqlPipeline reference;

    @BeforeAll
    static void open() {
        reference = PlantedBug.reference();
    }

    @AfterAll
    static void close() {
        reference.close();
    }

    @ParameterizedTest
    @EnumSource(PlantedBug.class)
    void isFoundAndShrunk(PlantedBug bug) {
        try (SqlPipeline planted = bug.open()) {
            EquivalenceResult result = EquivalenceProperty.of(EquivalencePropertyTests.USER_ACTIVITY,
                    new PipelinePair(reference, planted), HISTORIES).run(PropertySettings.of(2026L, 200));

            assertThat(result.status()).as(result.summary()).isEqualTo(EquivalenceResult.Status.FAILED);
            assertThat(result.counterexample().orElseThrow().history().events())
                    .as(result.summary()).hasSizeLessThanOrEqualTo(bug.maxShrunkEvents());
        }
    }
}
