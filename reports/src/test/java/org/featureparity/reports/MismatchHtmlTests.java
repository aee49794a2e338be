package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;
import org.junit.jupiter.api.Test;

class MismatchHtmlTests {

    @Test
    void rowsLargestDeltaFirstWithKeyValuesDeltaAndCategory() {
        String html = MismatchHtml.render("values", EvidenceFixtures.valuesFail().mismatches());

        assertThat(html).contains("<th>user_id</th><th>as_of</th><th>old</th><th>new</th><th>delta</th><th>category</th>");
        assertThat(html.indexOf("Infinity")).isLessThan(html.indexOf("7200.0"));
        assertThat(html.indexOf("7200.0")).isLessThan(html.indexOf("3600.0"));
        assertThat(html).contains("<td>null-handling</td>");
    }

    @Test
    void escapesEveryValueSoDataCannotBecomeMarkup() {
        List<Mismatch> hostile = List.of(new Mismatch(Map.of("user_id", "<script>alert(1)</script>"),
                "a & b", "\"quoted\" 'single'", 1.0, MismatchCategory.OTHER));

        String html = MismatchHtml.render("<b>title</b>", hostile);

        assertThat(html).doesNotContain("<script>", "<b>title")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "a &amp; b", "&quot;quoted&quot; &#39;single&#39;",
                        "&lt;b&gt;title&lt;/b&gt;");
    }

    @Test
    void isAWholeSelfContainedPage() {
        String html = MismatchHtml.render("values", EvidenceFixtures.valuesPass().mismatches());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .doesNotContain("http://", "https://", "<script", "<link");
    }
}
