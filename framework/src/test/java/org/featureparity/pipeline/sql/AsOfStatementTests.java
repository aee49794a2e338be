package org.featureparity.pipeline.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsOfStatementTests {

    @Test
    void bindsEveryAsOfPlaceholderAndLeavesCastsAlone() {
        AsOfStatement statement = AsOfStatement.parse(
                "SELECT x::as_of_type FROM t WHERE ts >= :as_of - INTERVAL '1 day' AND ts < :as_of");

        assertThat(statement.jdbcSql())
                .isEqualTo("SELECT x::as_of_type FROM t WHERE ts >= ? - INTERVAL '1 day' AND ts < ?");
        assertThat(statement.parameters()).isEqualTo(2);
    }
}
