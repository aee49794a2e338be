package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;
import org.junit.jupiter.api.Test;

class MismatchCsvTests {

    @Test
    void writesKeyColumnsThenValuesDeltaAndCategory() {
        String csv = MismatchCsv.render(EvidenceFixtures.valuesFail().mismatches());

        assertThat(csv.split("\r\n", -1)[0]).isEqualTo("user_id,as_of,old_value,new_value,delta,category");
    }

    @Test
    void ordersByDeltaLargestFirstWithInfinityLeading() {
        String csv = MismatchCsv.render(EvidenceFixtures.valuesFail().mismatches());

        assertThat(csv).isEqualTo(String.join("\r\n",
                "user_id,as_of,old_value,new_value,delta,category",
                "2,2026-11-01T12:00:00Z,NULL,2026-11-01 09:00:00,Infinity,null-handling",
                "\"3,a\",2026-11-01T12:00:00Z,\"say \"\"hi\"\"\",x,7200.0,timezone-shift",
                "1,2026-11-01T12:00:00Z,2026-11-01 10:00:00,2026-11-01 11:00:00,3600.0,timezone-shift",
                ""));
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(MismatchCsv.field("plain")).isEqualTo("plain");
        assertThat(MismatchCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(MismatchCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(MismatchCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(MismatchCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void keepsColumnsAlignedWhenARowLacksAKeyColumn() {
        Map<String, String> full = new LinkedHashMap<>();
        full.put("user_id", "1");
        full.put("as_of", "t");
        List<Mismatch> mismatches = List.of(
                new Mismatch(full, "1", "2", 1.0, MismatchCategory.OTHER),
                new Mismatch(Map.of("user_id", "2"), "1", "3", 2.0, MismatchCategory.OTHER));

        assertThat(MismatchCsv.render(mismatches).split("\r\n")).containsExactly(
                "user_id,as_of,old_value,new_value,delta,category",
                "2,,1,3,2.0,other",
                "1,t,1,2,1.0,other");
    }
}
