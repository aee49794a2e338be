package org.featureparity.pipeline.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQL with {@code :as_of} placeholders, prepared with each one bound to the same instant. */
record AsOfStatement(String jdbcSql, int parameters) {

    // not after another colon, so a cast such as value::as_of_type is left alone
    private static final Pattern AS_OF = Pattern.compile("(?<!:):as_of\\b");

    static AsOfStatement parse(String sql) {
        Matcher matcher = AS_OF.matcher(sql);
        int count = 0;
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            count++;
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return new AsOfStatement(jdbc.toString(), count);
    }

    PreparedStatement prepare(Connection connection, Instant asOf) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(jdbcSql);
        OffsetDateTime bound = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        for (int i = 1; i <= parameters; i++) {
            statement.setObject(i, bound);
        }
        return statement;
    }
}
