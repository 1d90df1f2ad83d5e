package org.slant.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where files wait between the database and the network (archives, exports), both ways, and how they go away
 * afterwards.
 */
public final class TemporaryFiles {

    public static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"));

    private TemporaryFiles() {
    }

    /**
     * Deletes the file, or the directory with everything in it, if there is one; what cannot be deleted now goes
     * when the JVM ends.
     */
    public static void delete(Path file) {
        if (file == null || !Files.exists(file)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(file)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            paths = List.of(file);
        }
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }
}
