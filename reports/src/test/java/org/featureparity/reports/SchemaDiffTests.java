package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.CheckKind;
import org.featureparity.evidence.CheckStatus;
import org.junit.jupiter.api.Test;

class SchemaDiffTests {

    @Test
    void featureColumnTypeAndNullabilityOnEachSide() {
        SchemaDiff diff = SchemaDiff.of(EvidenceFixtures.schemaDrift()).orElseThrow();

        assertThat(diff.header()).containsExactly("", "declared", "old store", "new store");
        assertThat(diff.rows()).extracting(SchemaDiff.Row::cells).containsExactly(
                List.of("column", "events_last_24h", "events_last_24h", "events_last_24h"),
                List.of("type", "INT64", "bigint", "numeric(20,0)"),
                List.of("nullable", "no", "no", "yes"));
        assertThat(diff.rows()).extracting(SchemaDiff.Row::differs).containsExactly(false, true, true);
    }

    @Test
    void aColumnNotFoundIsShownMissing() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("declared type", "TIMESTAMPTZ");
        parameters.put("declared nullable", "true");
        parameters.put("old column", "last_event_time timestamp with time zone");
        SchemaDiff diff = SchemaDiff.of(EvidenceFixtures.evidence(EvidenceFixtures.USER_ACTIVITY, CheckKind.SCHEMA,
                "last_event_time", CheckStatus.FAIL, "not found").parameters(parameters).build()).orElseThrow();

        assertThat(diff.rows().get(1).cells()).containsExactly("type", "TIMESTAMPTZ", "timestamp with time zone",
                SchemaDiff.MISSING);
        assertThat(diff.rows()).allMatch(SchemaDiff.Row::differs);
    }

    @Test
    void keyColumnsTypePerSide() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("old.user_id", "int8");
        parameters.put("new.user_id", "int8");
        parameters.put("old.region", "text");
        SchemaDiff diff = SchemaDiff.of(EvidenceFixtures.evidence(EvidenceFixtures.USER_ACTIVITY, CheckKind.SCHEMA,
                null, CheckStatus.FAIL, "key column missing").parameters(parameters).build()).orElseThrow();

        assertThat(diff.rows()).extracting(SchemaDiff.Row::cells).containsExactly(
                List.of("user_id", "int8", "int8"), List.of("region", "text", SchemaDiff.MISSING));
        assertThat(diff.rows()).extracting(SchemaDiff.Row::differs).containsExactly(false, true);
    }

    @Test
    void noneForOtherChecksOrASchemaCheckWithoutColumns() {
        assertThat(SchemaDiff.of(EvidenceFixtures.valuesFail())).isEmpty();
        assertThat(SchemaDiff.of(EvidenceFixtures.schemaPass())).isEmpty();
    }

    @Test
    void rendersEscapedWithDifferingRowsMarked() {
        String html = SchemaDiffHtml.render("Schema diff: <x>", SchemaDiff.of(EvidenceFixtures.schemaDrift()).orElseThrow());

        assertThat(html).contains("&lt;x&gt;", "<tr class=\"differs\"><td>type</td>", "<td>numeric(20,0)</td>")
                .doesNotContain("<x>");
    }
}
