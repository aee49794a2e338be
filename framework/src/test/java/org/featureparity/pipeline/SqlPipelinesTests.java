package org.featureparity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.pipeline.PipelineDatabases.fresh;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.contract.yaml.YamlContractReader;
import org.featureparity.generate.PropertySettings;
import org.featureparity.generate.events.HistorySettings;
import org.featureparity.pipeline.sql.ScriptSource;
import org.featureparity.pipeline.sql.SqlPipelines;
import org.junit.jupiter.api.Test;

class SqlPipelinesTests {

    private static final String CONTRACT = "pipelines/user_activity_pipelines.parity.yaml";

    @Test
    void runsTheEquivalencePropertyOfAContractFileWithNoCode() throws Exception {
        FeatureGroupContract contract;
        PipelinesDeclaration declaration;
        try (Reader reader = contract()) {
            contract = YamlContractReader.read(CONTRACT, reader);
        }
        try (Reader reader = contract()) {
            declaration = YamlContractReader.readPipelines(CONTRACT, reader).orElseThrow();
        }

        try (PipelinePair pipelines = SqlPipelines.open(declaration, ScriptSource.classpath(getClass().getClassLoader()),
                fresh("yaml_old"), fresh("yaml_new"))) {
            EquivalenceResult result = EquivalenceProperty.of(contract, pipelines,
                    HistorySettings.postgres(Duration.ofHours(24))).run(PropertySettings.of(5L, 100));

            assertThat(result.status()).as(result.summary()).isEqualTo(EquivalenceResult.Status.PASSED);
            assertThat(result.tries()).isEqualTo(100);
        }
    }

    private Reader contract() {
        return new InputStreamReader(getClass().getClassLoader().getResourceAsStream(CONTRACT), StandardCharsets.UTF_8);
    }
}
