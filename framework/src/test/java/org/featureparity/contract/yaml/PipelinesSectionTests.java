package org.featureparity.contract.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.ContractException;
import org.featureparity.contract.ContractProblem;
import org.featureparity.contract.PipelinesDeclaration;
import org.junit.jupiter.api.Test;

class PipelinesSectionTests {

    private static final String CONTRACT = """
            group: user_activity
            entity: user_id
            old: { table: legacy.f }
            new: { table: streaming.f }
            features:
              - { name: events_last_24h, type: int64 }
            window: { timestamp: event_timestamp, length: PT24H, bounds: closed-open }
            """;

    @Test
    void readsTheEventsTableAndBothComputations() {
        Optional<PipelinesDeclaration> pipelines = read(CONTRACT + """
                pipelines:
                  events:
                    schema: pipelines/events.sql
                    table: events.user_events
                    event_id: event_id
                    entity: user_id
                    event_time: event_timestamp
                    value: value
                    entities: { table: events.users, id: user_id }
                  old: { sql: legacy/batch.sql }
                  new: { setup: streaming/views.sql, after_load: ["UPDATE c SET as_of = :as_of"], sql: streaming/q.sql }
                """);

        assertThat(pipelines).hasValue(new PipelinesDeclaration(
                new PipelinesDeclaration.Events("pipelines/events.sql", "events.user_events", "event_id", "user_id",
                        "event_timestamp", Optional.empty(), Optional.of("value"), Optional.of("events.users"),
                        Optional.of("user_id")),
                new PipelinesDeclaration.Sql(Optional.empty(), List.of(), "legacy/batch.sql"),
                new PipelinesDeclaration.Sql(Optional.of("streaming/views.sql"), List.of("UPDATE c SET as_of = :as_of"),
                        "streaming/q.sql")));
    }

    @Test
    void isEmptyForAContractWithoutPipelines() {
        assertThat(read(CONTRACT)).isEmpty();
        assertThat(YamlContractReader.read("test", new StringReader(CONTRACT)).name()).isEqualTo("user_activity");
    }

    @Test
    void rejectsABrokenSectionWithTheContractNamingEveryProblem() {
        String broken = CONTRACT + """
                pipelines:
                  events: { schema: e.sql, table: events.e, event_id: id, entity: user_id }
                  old: { query: legacy/batch.sql }
                  new: { sql: streaming/q.sql, colour: blue }
                """;

        assertThatThrownBy(() -> YamlContractReader.read("test", new StringReader(broken)))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.problems())
                        .extracting(ContractProblem::line, ContractProblem::field)
                        .contains(tuple(9, "pipelines.events.event_time"), tuple(10, "pipelines.old.query"),
                                tuple(10, "pipelines.old.sql"), tuple(11, "pipelines.new.colour")));
        assertThatThrownBy(() -> read(broken)).isInstanceOf(ContractException.class);
    }

    @Test
    void readsATryCountOfItsOwnAndRejectsOneBelowOne() {
        String section = CONTRACT + """
                pipelines:
                  events: { schema: e.sql, table: events.e, event_id: id, entity: user_id, event_time: t }
                  old: { sql: legacy/batch.sql }
                  new: { sql: streaming/q.sql }
                  tries: %s
                """;

        assertThat(read(section.formatted("500")).orElseThrow().tries()).hasValue(500);
        assertThat(read(section.formatted("500").replace("  tries: 500\n", "")).orElseThrow().tries()).isEmpty();
        assertThatThrownBy(() -> YamlContractReader.read("test", new StringReader(section.formatted("0"))))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.problems())
                        .extracting(ContractProblem::field).containsExactly("pipelines.tries"));
        assertThatThrownBy(() -> YamlContractReader.read("test", new StringReader(section.formatted("many"))))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.problems())
                        .extracting(ContractProblem::field).containsExactly("pipelines.tries"));
    }

    private static Optional<PipelinesDeclaration> read(String yaml) {
        return YamlContractReader.readPipelines("test", new StringReader(yaml));
    }
}
