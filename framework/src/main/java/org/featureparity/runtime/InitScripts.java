package org.featureparity.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.featureparity.store.StoreException;
import org.featureparity.store.jdbc.ConnectionSource;

/** Reads the SQL scripts that set up a store the framework starts. */
public final class InitScripts {

    private InitScripts() {
    }

    /**
     * Runs a declaration's scripts in order on a store the framework started (the only stores it ever writes);
     * a failing script is reported by name.
     */
    public static void run(ConnectionSource connections, StoreDeclaration declaration, ClassLoader classLoader) {
        for (String location : declaration.initScripts()) {
            String sql = read(location, classLoader);
            try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new StoreException("init script '" + location + "' failed on the " + declaration.role()
                        + " store: " + e.getMessage(), e);
            }
        }
    }

    /** Reads {@code classpath:path}, {@code file:path} or a bare classpath path. */
    public static String read(String location, ClassLoader classLoader) {
        try {
            if (location.startsWith("file:")) {
                return Files.readString(Path.of(location.substring("file:".length())), StandardCharsets.UTF_8);
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new StoreException("init script '" + location + "' not found on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new StoreException("init script '" + location + "' could not be read: " + e.getMessage(), e);
        }
    }
}
