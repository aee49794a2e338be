package org.featureparity.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes whole files so that a reader never sees a half-written one. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes to a temporary file beside the target, then moves it into place; creates the directory. */
    static void write(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath();
        try {
            Path directory = Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
            try {
                Files.write(temporary, content);
                move(temporary, absolute);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + absolute, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network mounts, some container overlays) cannot rename atomically.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
