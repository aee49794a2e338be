package org.featureparity.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.featureparity.store.StoreException;

/** Reads the SQL scripts that set up a store the framework starts. */
public final class InitScripts {

    private InitScripts() {
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
