package org.featureparity.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to a store; a {@code DataSource::getConnection} or a {@code DriverManager} call. */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;
}
