package org.featureparity.contract.yaml;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.featureparity.contract.PipelinesDeclaration;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code pipelines} section of a contract file:
 * <pre>
 * pipelines:
 *   events: { schema: pipelines/events.sql, table: events.user_events, event_id: event_id, entity: user_id,
 *             event_time: event_timestamp, ingested_at: ingested_at, value: value,
 *             entities: { table: events.users, id: user_id } }
 *   old: { sql: pipelines/batch.sql }
 *   new: { setup: pipelines/views.sql, after_load: ["UPDATE clock SET as_of = :as_of"], sql: pipelines/view.sql }
 *   tries: 500          # optional: generated histories per run, instead of parity.tries
 *   stores_as_of: 2026-11-01T00:00:00Z   # optional: when the stores' features were computed, for classifying
 * </pre>
 */
final class PipelinesSection {

    private static final List<String> KEYS = List.of("events", "old", "new", "tries", "stores_as_of");
    private static final List<String> EVENTS_KEYS = List.of("schema", "table", "event_id", "entity", "event_time",
            "ingested_at", "value", "entities");
    private static final List<String> ENTITIES_KEYS = List.of("table", "id");
    private static final List<String> SQL_KEYS = List.of("setup", "after_load", "sql");

    private PipelinesSection() {
    }

    /** The declaration, or empty with every problem reported. */
    static Optional<PipelinesDeclaration> read(Node node, ReadProblems problems) {
        return YamlMapping.of(node, "pipelines", KEYS, problems).flatMap(section -> {
            Optional<PipelinesDeclaration.Events> events = section.required("events", "the events table")
                    .flatMap(eventsNode -> events(eventsNode, problems));
            Optional<PipelinesDeclaration.Sql> old = section.required("old", "{ sql: <feature query script> }")
                    .flatMap(sql -> sql(sql, "pipelines.old", problems));
            Optional<PipelinesDeclaration.Sql> fresh = section.required("new", "{ sql: <feature query script> }")
                    .flatMap(sql -> sql(sql, "pipelines.new", problems));
            Optional<Long> tries = section.node("tries")
                    .flatMap(triesNode -> Scalars.wholeNumber(triesNode, section.field("tries"), problems));
            boolean triesValid = tries.map(n -> n >= 1 && n <= Integer.MAX_VALUE).orElse(true);
            if (!triesValid) {
                problems.invalid(section.field("tries"), "expected a whole number >= 1, got " + tries.get());
            }
            Optional<Node> asOfNode = section.node("stores_as_of");
            Optional<Instant> storesAsOf = asOfNode.flatMap(n -> Scalars.instant(n, section.field("stores_as_of"), problems));
            if (events.isEmpty() || old.isEmpty() || fresh.isEmpty() || !triesValid
                    || asOfNode.isPresent() && storesAsOf.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PipelinesDeclaration(events.get(), old.get(), fresh.get(),
                    tries.map(n -> java.util.OptionalInt.of(n.intValue())).orElse(java.util.OptionalInt.empty()),
                    storesAsOf));
        });
    }

    private static Optional<PipelinesDeclaration.Events> events(Node node, ReadProblems problems) {
        return YamlMapping.of(node, "pipelines.events", EVENTS_KEYS, problems).flatMap(events -> {
            Optional<String> schema = events.requiredString("schema", "the script creating the events table");
            Optional<String> table = events.requiredString("table", "the events table, e.g. events.user_events");
            Optional<String> id = events.requiredString("event_id", "the event id column");
            Optional<String> entity = events.requiredString("entity", "the entity column");
            Optional<String> time = events.requiredString("event_time", "the event time column");
            Optional<String> ingestedAt = events.string("ingested_at");
            Optional<String> value = events.string("value");
            Optional<YamlMapping> entities = events.node("entities")
                    .flatMap(entitiesNode -> YamlMapping.of(entitiesNode, "pipelines.events.entities", ENTITIES_KEYS,
                            problems));
            Optional<String> entityTable = entities.flatMap(e -> e.requiredString("table", "the entity table"));
            Optional<String> entityId = entities.flatMap(e -> e.requiredString("id", "the entity table's id column"));
            if (schema.isEmpty() || table.isEmpty() || id.isEmpty() || entity.isEmpty() || time.isEmpty()
                    || entityTable.isPresent() != entityId.isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new PipelinesDeclaration.Events(schema.get(), table.get(), id.get(), entity.get(),
                    time.get(), ingestedAt, value, entityTable, entityId));
        });
    }

    private static Optional<PipelinesDeclaration.Sql> sql(Node node, String path, ReadProblems problems) {
        return YamlMapping.of(node, path, SQL_KEYS, problems).flatMap(sql -> {
            Optional<String> query = sql.requiredString("sql", "the script holding the feature query");
            List<String> afterLoad = sql.strings("after_load").orElse(List.of());
            Optional<String> setup = sql.string("setup");
            return query.map(script -> new PipelinesDeclaration.Sql(setup, afterLoad, script));
        });
    }
}
