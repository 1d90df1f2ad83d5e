package org.slant.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where archives wait between the network and the database, both ways, and how they go away afterwards. */
final class TemporaryFiles {

    static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"));

    private TemporaryFiles() {
    }

    /** Deletes the file if there is one; one that cannot be deleted now goes when the JVM ends. */
    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
